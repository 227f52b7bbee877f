<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>attachment_chip</name>
        <message>
            <source>Preview {name}</source>
            <translation>Aperçu de {name}</translation>
        </message>
        <message>
            <source>See exactly what the model will see</source>
            <translation>Voir exactement ce que verra le modèle</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Retirer {name}</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>Préparation…</translation>
        </message>
        <message>
            <source>Page </source>
            <translation>Page </translation>
        </message>
        <message>
            <source>Page of {name} to send</source>
            <translation>Page de {name} à envoyer</translation>
        </message>
        <message>
            <source> of {count}</source>
            <translation> sur {count}</translation>
        </message>
        <message>
            <source>{width}×{height} pixels as sent</source>
            <translation>{width}×{height} pixels tels qu’envoyés</translation>
        </message>
        <message>
            <source>about {tokens} tokens</source>
            <translation>environ {tokens} jetons</translation>
        </message>
        <message>
            <source>Preparing close-ups of the small print…</source>
            <translation>Préparation des gros plans des petits caractères…</translation>
        </message>
        <message>
            <source>Small print will be unreadable at this size</source>
            <translation>Les petits caractères seront illisibles à cette taille</translation>
        </message>
        <message>
            <source>Its smallest text would be about {height} pixels high as the model sees it; under {legible} it is not reliably read. “Read it” sends the page with close-ups of that text: about {tokens} tokens more.</source>
            <translation>Son plus petit texte ferait environ {height} pixels de haut tel que le modèle le voit ; en dessous de {legible}, il n’est pas lu de façon fiable. « Le lire » envoie la page avec des gros plans de ce texte : environ {tokens} jetons de plus.</translation>
        </message>
        <message>
            <source>Read it</source>
            <translation>Le lire</translation>
        </message>
        <message>
            <source>Send this page with close-ups of its small print</source>
            <translation>Envoyer cette page avec des gros plans de ses petits caractères</translation>
        </message>
        <message>
            <source>Read the small print of {name}</source>
            <translation>Lire les petits caractères de {name}</translation>
        </message>
        <message numerus="yes">
            <source>Small print: sent with %n close-up(s)</source>
            <translation>
                <numerusform>Petits caractères : envoyés avec %n gros plan</numerusform>
                <numerusform>Petits caractères : envoyés avec %n gros plans</numerusform>
            </translation>
        </message>
        <message>
            <source>The page goes once, plus close-ups of its small print, enlarged only as far as that text needs</source>
            <translation>La page part une fois, avec des gros plans de ses petits caractères, agrandis juste autant que ce texte l’exige</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Send the page alone again, without the close-ups</source>
            <translation>Renvoyer la page seule, sans les gros plans</translation>
        </message>
        <message>
            <source>Send {name} without the close-ups</source>
            <translation>Envoyer {name} sans les gros plans</translation>
        </message>
        <message>
            <source>Delete removes it.</source>
            <translation>Suppr le retire.</translation>
        </message>
        <message>
            <source>Enter shows what will be sent; Delete removes it.</source>
            <translation>Entrée montre ce qui sera envoyé ; Suppr le retire.</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>What the model will see — {name}</source>
            <translation>Ce que le modèle verra — {name}</translation>
        </message>
        <message>
            <source>Image as sent</source>
            <translation>Image telle qu’envoyée</translation>
        </message>
        <message>
            <source>{format} {width}×{height}, {kb} KB, about {tokens} tokens (from {w}×{h}).</source>
            <translation>{format} {width}×{height}, {kb} Ko, environ {tokens} jetons (à partir de {w}×{h}).</translation>
        </message>
        <message>
            <source>Metadata — EXIF, GPS location, comments, colour profile — has been removed.</source>
            <translation>Les métadonnées — EXIF, position GPS, commentaires, profil colorimétrique — ont été supprimées.</translation>
        </message>
        <message>
            <source>Images to send</source>
            <translation>Images à envoyer</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in the folder are not images and were left out.</source>
            <translation>
                <numerusform>%n fichier du dossier n’est pas une image et a été ignoré.</numerusform>
                <numerusform>%n fichiers du dossier ne sont pas des images et ont été ignorés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pixtral Large reads at most {limit} images at a time; %n were not added.</source>
            <translation>
                <numerusform>Pixtral Large lit au plus {limit} images à la fois ; %n n’a pas été ajoutée.</numerusform>
                <numerusform>Pixtral Large lit au plus {limit} images à la fois ; %n n’ont pas été ajoutées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pixtral Large reads at most {limit} images at a time; {name} was not added.</source>
            <translation>Pixtral Large lit au plus {limit} images à la fois ; {name} n’a pas été ajoutée.</translation>
        </message>
        <message>
            <source>pixdesk could not read {name}: the image reader stopped unexpectedly. Try saving the image again in another format.</source>
            <translation>pixdesk n’a pas pu lire {name} : la lecture de l’image s’est arrêtée de façon inattendue. Enregistrez de nouveau l’image dans un autre format.</translation>
        </message>
        <message>
            <source>The close-ups could not be made.</source>
            <translation>Les gros plans n’ont pas pu être créés.</translation>
        </message>
        <message>
            <source>{problem} {name} goes as it is.</source>
            <translation>{problem} {name} est envoyée telle quelle.</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) · preparing…</source>
            <translation>
                <numerusform>%n image · préparation…</numerusform>
                <numerusform>%n images · préparation…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) · about {tokens} tokens · ≈ {cost} to read them (estimate) · preparing…</source>
            <translation>
                <numerusform>%n image · environ {tokens} jetons · ≈ {cost} pour la lire (estimation) · préparation…</numerusform>
                <numerusform>%n images · environ {tokens} jetons · ≈ {cost} pour les lire (estimation) · préparation…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) · about {tokens} tokens · ≈ {cost} to read them (estimate)</source>
            <translation>
                <numerusform>%n image · environ {tokens} jetons · ≈ {cost} pour la lire (estimation)</numerusform>
                <numerusform>%n images · environ {tokens} jetons · ≈ {cost} pour les lire (estimation)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>banner</name>
        <message>
            <source>Notice</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation>Fermer l’avis</translation>
        </message>
    </context>
    <context>
        <name>batch</name>
        <message>
            <source>A batch needs at least one prompt.</source>
            <translation>Un lot a besoin d’au moins une question.</translation>
        </message>
        <message>
            <source>Give --prompt TEXT or --template NAME.</source>
            <translation>Indiquez --prompt TEXTE ou --template NOM.</translation>
        </message>
        <message>
            <source>There is no file or folder {path}.</source>
            <translation>Il n’existe aucun fichier ni dossier {path}.</translation>
        </message>
        <message>
            <source>There are no images or documents to run the batch on.</source>
            <translation>Il n’y a aucune image ni aucun document sur lesquels lancer le lot.</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>{done} sur {total} terminés</translation>
        </message>
        <message>
            <source>{failed} failed</source>
            <translation>{failed} en échec</translation>
        </message>
        <message>
            <source>waiting for quota {time}</source>
            <translation>en attente du quota : {time}</translation>
        </message>
        <message>
            <source>about {time} left</source>
            <translation>encore environ {time}</translation>
        </message>
        <message>
            <source>There is no batch {batch}.</source>
            <translation>Il n’existe aucun lot {batch}.</translation>
        </message>
        <message>
            <source>“{format}” is not a results format.</source>
            <translation>« {format} » n’est pas un format de résultats.</translation>
        </message>
        <message>
            <source>Use csv, jsonl or md.</source>
            <translation>Utilisez csv, jsonl ou md.</translation>
        </message>
        <message>
            <source>{name}: say which format by its ending — .csv, .jsonl or .md.</source>
            <translation>{name} : indiquez le format par l’extension — .csv, .jsonl ou .md.</translation>
        </message>
    </context>
    <context>
        <name>batch_entry</name>
        <message>
            <source>&amp;Batch…</source>
            <translation>Traitement par &amp;lots…</translation>
        </message>
        <message numerus="yes">
            <source>A batch stopped with {done} of %n item(s) done. File ▸ Batch… (Ctrl+B) resumes it; every finished answer is kept.</source>
            <translation>
                <numerusform>Un lot s’est arrêté après {done} sur %n élément. Fichier ▸ Traitement par lots… (Ctrl+B) le reprend ; chaque réponse terminée est conservée.</numerusform>
                <numerusform>Un lot s’est arrêté après {done} sur %n éléments. Fichier ▸ Traitement par lots… (Ctrl+B) le reprend ; chaque réponse terminée est conservée.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>batch_window</name>
        <message>
            <source>waiting</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>asking…</source>
            <translation>question en cours…</translation>
        </message>
        <message>
            <source>done</source>
            <translation>terminé</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <source>Batch — pixdesk</source>
            <translation>Traitement par lots — pixdesk</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Traitement par lots</translation>
        </message>
        <message>
            <source>Files and folders</source>
            <translation>Fichiers et dossiers</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Ajouter des fichiers…</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Ajouter un dossier…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Pages of PDFs and TIFFs</source>
            <translation>Pages des PDF et TIFF</translation>
        </message>
        <message>
            <source>Pages of PDFs and multi-page TIFFs, e.g. 1-3,5 or all</source>
            <translation>Pages des PDF et des TIFF multipages, p. ex. 1-3,5 ou all</translation>
        </message>
        <message>
            <source>Prompts</source>
            <translation>Consignes</translation>
        </message>
        <message>
            <source>Your own prompt, e.g. “List every date and amount”</source>
            <translation>Votre propre consigne, p. ex. « Liste chaque date et chaque montant »</translation>
        </message>
        <message>
            <source>Your own prompt</source>
            <translation>Votre propre consigne</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Start batch</source>
            <translation>Démarrer le lot</translation>
        </message>
        <message>
            <source>Earlier batches</source>
            <translation>Lots précédents</translation>
        </message>
        <message>
            <source>Pages:</source>
            <translation>Pages :</translation>
        </message>
        <message>
            <source>&lt;b&gt;Files and folders&lt;/b&gt; (PDF and TIFF pages are items of their own)</source>
            <translation>&lt;b&gt;Fichiers et dossiers&lt;/b&gt; (chaque page d’un PDF ou TIFF est un élément à part)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Prompts&lt;/b&gt; — each is asked about every page</source>
            <translation>&lt;b&gt;Consignes&lt;/b&gt; — chacune est posée pour chaque page</translation>
        </message>
        <message>
            <source>Earlier batches:</source>
            <translation>Lots précédents :</translation>
        </message>
        <message>
            <source>Batch progress</source>
            <translation>Progression du lot</translation>
        </message>
        <message>
            <source>Choose files and prompts, then start.</source>
            <translation>Choisissez des fichiers et des consignes, puis démarrez.</translation>
        </message>
        <message>
            <source>Batch status</source>
            <translation>État du lot</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Consigne</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Jetons</translation>
        </message>
        <message>
            <source>Batch results</source>
            <translation>Résultats du lot</translation>
        </message>
        <message>
            <source>One row per page and prompt; select a row to read its answer</source>
            <translation>Une ligne par page et par consigne ; sélectionnez une ligne pour lire sa réponse</translation>
        </message>
        <message>
            <source>Saved redactions applied</source>
            <translation>Caviardages enregistrés appliqués</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Select an item to read its answer.</source>
            <translation>Sélectionnez un élément pour lire sa réponse.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Finish the answers being written, then stop</source>
            <translation>Terminer les réponses en cours d’écriture, puis s’arrêter</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop now; the answers being written are asked again on Resume</source>
            <translation>Arrêter maintenant ; les réponses en cours seront redemandées à la reprise</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>Exporter les résultats…</translation>
        </message>
        <message>
            <source>Add files to the batch</source>
            <translation>Ajouter des fichiers au lot</translation>
        </message>
        <message>
            <source>Images and PDFs</source>
            <translation>Images et PDF</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
        <message>
            <source>Add a folder to the batch</source>
            <translation>Ajouter un dossier au lot</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s): {files}</source>
            <translation>
                <numerusform>%n élément : {files}</numerusform>
                <numerusform>%n éléments : {files}</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch {job}: {done} of {total} done, {failed} failed; {left} left — Resume carries on.</source>
            <translation>Lot {job} : {done} sur {total} terminés, {failed} en échec ; {left} restants — Reprendre continue.</translation>
        </message>
        <message>
            <source>Batch {job}: {done} of {total} done, {failed} failed.</source>
            <translation>Lot {job} : {done} sur {total} terminés, {failed} en échec.</translation>
        </message>
        <message>
            <source>Batch {job}: {done} of {total} done; {left} left — Resume carries on.</source>
            <translation>Lot {job} : {done} sur {total} terminés ; {left} restants — Reprendre continue.</translation>
        </message>
        <message>
            <source>Batch {job}: {done} of {total} done.</source>
            <translation>Lot {job} : {done} sur {total} terminés.</translation>
        </message>
        <message>
            <source>{status} — paused; Resume carries on.</source>
            <translation>{status} — en pause ; Reprendre continue.</translation>
        </message>
        <message>
            <source>Pausing: the answers being written will finish first…</source>
            <translation>Mise en pause : les réponses en cours d’écriture se terminent d’abord…</translation>
        </message>
        <message numerus="yes">
            <source>and saved redactions applied to %n more file(s)</source>
            <translation>
                <numerusform>et caviardages enregistrés appliqués à %n autre fichier</numerusform>
                <numerusform>et caviardages enregistrés appliqués à %n autres fichiers</numerusform>
            </translation>
        </message>
        <message>
            <source>Failed.</source>
            <translation>Échec.</translation>
        </message>
        <message>
            <source>Not answered yet.</source>
            <translation>Pas encore de réponse.</translation>
        </message>
        <message>
            <source>{job}: {title} (finished)</source>
            <translation>{job} : {title} (terminé)</translation>
        </message>
        <message numerus="yes">
            <source>{job}: {title} (%n left)</source>
            <translation>
                <numerusform>{job} : {title} (%n restant)</numerusform>
                <numerusform>{job} : {title} (%n restants)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export batch results</source>
            <translation>Exporter les résultats du lot</translation>
        </message>
        <message>
            <source>Results saved to {path}.</source>
            <translation>Résultats enregistrés dans {path}.</translation>
        </message>
    </context>
    <context>
        <name>capture</name>
        <message>
            <source>On this desktop (Wayland) programs cannot see each other's windows, so pixdesk cannot pick one. Capture a region or the whole screen instead.</source>
            <translation>Sur ce bureau (Wayland), les programmes ne peuvent pas voir les fenêtres des autres : pixdesk ne peut donc pas en choisir une. Capturez plutôt une zone ou l’écran entier.</translation>
        </message>
        <message>
            <source>pixdesk could not list the windows on this screen. Capture a region or the whole screen instead.</source>
            <translation>pixdesk n’a pas pu lister les fenêtres de cet écran. Capturez plutôt une zone ou l’écran entier.</translation>
        </message>
        <message>
            <source>macOS did not let pixdesk see the screen: the capture came back empty. Open System Settings ▸ Privacy &amp; Security ▸ Screen Recording, turn on pixdesk, then quit and reopen pixdesk.</source>
            <translation>macOS n’a pas laissé pixdesk voir l’écran : la capture est vide. Ouvrez Réglages Système ▸ Confidentialité et sécurité ▸ Enregistrement de l’écran, activez pixdesk, puis quittez et rouvrez pixdesk.</translation>
        </message>
        <message>
            <source>The capture came back empty (all one colour). Try again, or capture a region instead.</source>
            <translation>La capture est vide (tout d’une seule couleur). Réessayez, ou capturez plutôt une zone.</translation>
        </message>
    </context>
    <context>
        <name>capture.flow</name>
        <message>
            <source>screen capture</source>
            <translation>capture d’écran</translation>
        </message>
    </context>
    <context>
        <name>capture.overlay</name>
        <message>
            <source>Drag around what you want to ask about  ·  Esc to cancel</source>
            <translation>Tracez un cadre autour de ce qui vous intéresse  ·  Échap pour annuler</translation>
        </message>
        <message>
            <source>Click a window, then press Enter (or double-click it)  ·  Esc to cancel</source>
            <translation>Cliquez sur une fenêtre, puis appuyez sur Entrée (ou double-cliquez)  ·  Échap pour annuler</translation>
        </message>
        <message>
            <source>Press Enter to use the whole screen, or drag around a part of it  ·  B to black out a part  ·  Esc to cancel</source>
            <translation>Entrée pour tout l’écran, ou tracez un cadre autour d’une partie  ·  B pour noircir une partie  ·  Échap pour annuler</translation>
        </message>
        <message>
            <source>Enter (or double-click) to add it to your question  ·  Arrow keys move it, Shift+arrows resize it  ·  B to black out a part  ·  Esc to cancel</source>
            <translation>Entrée (ou double-clic) pour l’ajouter à votre question  ·  Flèches pour déplacer, Maj+flèches pour redimensionner  ·  B pour noircir une partie  ·  Échap pour annuler</translation>
        </message>
        <message>
            <source>Drag over what must not be sent: it turns black  ·  Ctrl+Z to undo a box  ·  B to stop blacking out  ·  Enter to add it to your question</source>
            <translation>Faites glisser sur ce qui ne doit pas partir : cela devient noir  ·  Ctrl+Z pour annuler un cadre  ·  B pour arrêter de noircir  ·  Entrée pour l’ajouter à votre question</translation>
        </message>
        <message>
            <source>Screen capture</source>
            <translation>Capture d’écran</translation>
        </message>
    </context>
    <context>
        <name>capture_entry</name>
        <message>
            <source>&amp;Capture region</source>
            <translation>&amp;Capturer une zone</translation>
        </message>
        <message>
            <source>Capture win&amp;dow</source>
            <translation>Capturer une &amp;fenêtre</translation>
        </message>
        <message>
            <source>Capture the whole &amp;screen</source>
            <translation>Capturer tout l’é&amp;cran</translation>
        </message>
        <message>
            <source>Capture part of the screen and ask about it ({shortcut})</source>
            <translation>Capturer une partie de l’écran et poser une question dessus ({shortcut})</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <source>United States</source>
            <translation>États-Unis</translation>
        </message>
        <message>
            <source>Your questions and images are processed in the United States.</source>
            <translation>Vos questions et images sont traitées aux États-Unis.</translation>
        </message>
        <message>
            <source>Europe</source>
            <translation>Europe</translation>
        </message>
        <message>
            <source>Your questions and images are processed in Europe (they stay in the EU).</source>
            <translation>Vos questions et images sont traitées en Europe (elles restent dans l’UE).</translation>
        </message>
        <message>
            <source>US East (N. Virginia)</source>
            <translation>USA Est (Virginie du Nord)</translation>
        </message>
        <message>
            <source>US East (Ohio)</source>
            <translation>USA Est (Ohio)</translation>
        </message>
        <message>
            <source>US West (Oregon)</source>
            <translation>USA Ouest (Oregon)</translation>
        </message>
        <message>
            <source>Europe (Frankfurt)</source>
            <translation>Europe (Francfort)</translation>
        </message>
        <message>
            <source>Europe (Stockholm)</source>
            <translation>Europe (Stockholm)</translation>
        </message>
        <message>
            <source>Europe (Ireland)</source>
            <translation>Europe (Irlande)</translation>
        </message>
        <message>
            <source>Europe (Paris)</source>
            <translation>Europe (Paris)</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>The usual speed, at the standard price.</source>
            <translation>La vitesse habituelle, au prix standard.</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioritaire</translation>
        </message>
        <message>
            <source>Answers sooner when Bedrock is busy; costs more than Standard.</source>
            <translation>Répond plus vite quand Bedrock est chargé ; coûte plus cher que Standard.</translation>
        </message>
        <message>
            <source>faster, costs more</source>
            <translation>plus rapide, plus cher</translation>
        </message>
        <message>
            <source>Flex</source>
            <translation>Flex</translation>
        </message>
        <message>
            <source>Costs less than Standard; answers may wait when Bedrock is busy.</source>
            <translation>Coûte moins cher que Standard ; les réponses peuvent attendre quand Bedrock est chargé.</translation>
        </message>
        <message>
            <source>cheaper, may wait</source>
            <translation>moins cher, peut attendre</translation>
        </message>
    </context>
    <context>
        <name>chat</name>
        <message>
            <source>Try again in a few minutes, or choose Flex or another region in the toolbar.</source>
            <translation>Réessayez dans quelques minutes, ou choisissez Flex ou une autre région dans la barre d’outils.</translation>
        </message>
    </context>
    <context>
        <name>chat_view</name>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Drop a screenshot or a scanned page here, then ask about it below.</source>
            <translation>Déposez ici une capture d’écran ou une page numérisée, puis posez votre question en dessous.</translation>
        </message>
        <message numerus="yes">
            <source>Show %n earlier question(s)</source>
            <translation>
                <numerusform>Afficher %n question précédente</numerusform>
                <numerusform>Afficher %n questions précédentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n not shown)</source>
            <translation>
                <numerusform>(%n non affichée)</numerusform>
                <numerusform>(%n non affichées)</numerusform>
            </translation>
        </message>
        <message>
            <source>You</source>
            <translation>Vous</translation>
        </message>
        <message>
            <source>The question exactly as sent, with the instructions pixdesk added for the model</source>
            <translation>La question exactement telle qu’envoyée, avec les instructions ajoutées par pixdesk pour le modèle</translation>
        </message>
        <message>
            <source>What was sent</source>
            <translation>Ce qui a été envoyé</translation>
        </message>
        <message>
            <source>Copy this code</source>
            <translation>Copier ce code</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Image sent: {name}, {width}×{height}</source>
            <translation>Image envoyée : {name}, {width}×{height}</translation>
        </message>
        <message>
            <source>image</source>
            <translation>image</translation>
        </message>
        <message>
            <source>Show exactly what was sent</source>
            <translation>Afficher exactement ce qui a été envoyé</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>question {question} tokens, answer {answer} · ≈ {cost} (estimate)</source>
            <translation>question {question} jetons, réponse {answer} · ≈ {cost} (estimation)</translation>
        </message>
        <message>
            <source>Stopped. The answer above is incomplete.</source>
            <translation>Arrêtée. La réponse ci-dessus est incomplète.</translation>
        </message>
        <message>
            <source>Interrupted: pixdesk was closed before this answer was finished. It is kept as it was.</source>
            <translation>Interrompue : pixdesk a été fermé avant la fin de cette réponse. Elle est conservée telle quelle.</translation>
        </message>
        <message>
            <source>The answer above is incomplete.</source>
            <translation>La réponse ci-dessus est incomplète.</translation>
        </message>
        <message>
            <source>Open settings</source>
            <translation>Ouvrir les paramètres</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <source>Copy answer</source>
            <translation>Copier la réponse</translation>
        </message>
        <message>
            <source>Copy code</source>
            <translation>Copier le code</translation>
        </message>
        <message>
            <source>Show page {page}</source>
            <translation>Afficher la page {page}</translation>
        </message>
        <message>
            <source>Show on page {page}</source>
            <translation>Montrer sur la page {page}</translation>
        </message>
        <message>
            <source>Ask the same question about the whole document again to continue from here.</source>
            <translation>Posez de nouveau la même question sur tout le document pour reprendre à partir d’ici.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Edit question</source>
            <translation>Modifier la question</translation>
        </message>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} min {seconds} s</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>Waiting for your account's quota — sending in {time}</source>
            <translation>En attente du quota de votre compte — envoi dans {time}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Bedrock is busy — trying again in {time} (attempt {attempt} of {allowed})</source>
            <translation>Bedrock est chargé — nouvel essai dans {time} (essai {attempt} sur {allowed})</translation>
        </message>
        <message>
            <source>Bedrock is busy — trying again in {time}</source>
            <translation>Bedrock est chargé — nouvel essai dans {time}</translation>
        </message>
        <message>
            <source>Try Flex</source>
            <translation>Essayer Flex</translation>
        </message>
        <message>
            <source>Try another region</source>
            <translation>Essayer une autre région</translation>
        </message>
        <message>
            <source>{model} could not answer. {problem}</source>
            <translation>{model} n’a pas pu répondre. {problem}</translation>
        </message>
        <message>
            <source>… (the rest is in the conversation)</source>
            <translation>… (la suite est dans la conversation)</translation>
        </message>
        <message>
            <source>Stopped: the answer is incomplete.</source>
            <translation>Arrêtée : la réponse est incomplète.</translation>
        </message>
        <message>
            <source>{model} answered: {answer}</source>
            <translation>{model} a répondu : {answer}</translation>
        </message>
    </context>
    <context>
        <name>clipboard_offer</name>
        <message>
            <source>Ask pixdesk about this screenshot?</source>
            <translation>Interroger pixdesk sur cette capture d’écran ?</translation>
        </message>
        <message>
            <source>Screenshot on the clipboard</source>
            <translation>Capture d’écran dans le presse-papiers</translation>
        </message>
        <message>
            <source>The copied screenshot</source>
            <translation>La capture d’écran copiée</translation>
        </message>
        <message>
            <source>Attach screenshot</source>
            <translation>Joindre la capture</translation>
        </message>
        <message>
            <source>Adds the copied screenshot to your next question. Nothing is sent.</source>
            <translation>Ajoute la capture d’écran copiée à votre prochaine question. Rien n’est envoyé.</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
    </context>
    <context>
        <name>compare</name>
        <message>
            <source>These two images do not show the same screen: pixdesk could not find where one fits on the other.</source>
            <translation>Ces deux images ne montrent pas le même écran : pixdesk n’a pas trouvé où l’une s’insère dans l’autre.</translation>
        </message>
        <message>
            <source>Choose two screenshots of the same screen — the second may be a part of the first, or scrolled.</source>
            <translation>Choisissez deux captures d’écran du même écran — la seconde peut en être une partie, ou être défilée.</translation>
        </message>
        <message>
            <source>pixdesk could not tell where the second screenshot sits in the first — the screen repeats itself.</source>
            <translation>pixdesk n’a pas pu déterminer où se situe la seconde capture dans la première — l’écran se répète.</translation>
        </message>
        <message>
            <source>Crop them to the same area, or compare two full screenshots of the same size.</source>
            <translation>Recadrez-les sur la même zone, ou comparez deux captures complètes de même taille.</translation>
        </message>
        <message>
            <source>pixdesk could not line up these two images in reasonable time.</source>
            <translation>pixdesk n’a pas pu aligner ces deux images dans un délai raisonnable.</translation>
        </message>
        <message>
            <source>Crop both screenshots to the same area, or take them at the same size, then compare again.</source>
            <translation>Recadrez les deux captures sur la même zone, ou prenez-les à la même taille, puis comparez à nouveau.</translation>
        </message>
        <message>
            <source>No pixel differs between the two.</source>
            <translation>Aucun pixel ne diffère entre les deux.</translation>
        </message>
        <message>
            <source>1 pixel changed, in one area.</source>
            <translation>1 pixel a changé, dans une zone.</translation>
        </message>
        <message>
            <source>{pixels} pixels changed, in one area.</source>
            <translation>{pixels} pixels ont changé, dans une zone.</translation>
        </message>
        <message>
            <source>{pixels} pixels changed, in {areas} areas.</source>
            <translation>{pixels} pixels ont changé, dans {areas} zones.</translation>
        </message>
        <message>
            <source>The third image is the second, greyed out, with every changed pixel in magenta and each changed area boxed in purple.</source>
            <translation>La troisième image est la deuxième, grisée, avec chaque pixel modifié en magenta et chaque zone modifiée encadrée de violet.</translation>
        </message>
        <message>
            <source>The second image ({after}) is the part of the first ({before}) at {x},{y}.</source>
            <translation>La deuxième image ({after}) est la partie de la première ({before}) située en {x},{y}.</translation>
        </message>
        <message>
            <source>The screen repeats itself: the second fits as well at other places, with the same changes.</source>
            <translation>L’écran se répète : la deuxième image correspond aussi à d’autres endroits, avec les mêmes changements.</translation>
        </message>
        <message>
            <source>The two images ({before} and {after}) overlap in a {area} area, the second's {left},{top} lying on the first's {x},{y}; only that area was compared, and what lies outside it is darker.</source>
            <translation>Les deux images ({before} et {after}) se chevauchent sur une zone de {area}, le point {left},{top} de la deuxième se trouvant sur le point {x},{y} de la première ; seule cette zone a été comparée, et ce qui se trouve en dehors est plus sombre.</translation>
        </message>
        <message>
            <source>An area to black out starts outside {name} ({width}×{height} pixels).</source>
            <translation>Une zone à noircir commence en dehors de {name} ({width}×{height} pixels).</translation>
        </message>
    </context>
    <context>
        <name>compare_flow</name>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Compare the two images</source>
            <translation>Comparer les deux images</translation>
        </message>
        <message>
            <source>Make a third image that shows the pixels that changed, and ask what changed</source>
            <translation>Créer une troisième image montrant les pixels modifiés, et demander ce qui a changé</translation>
        </message>
        <message>
            <source>See what changed between the first image and the second</source>
            <translation>Voir ce qui a changé entre la première image et la seconde</translation>
        </message>
        <message>
            <source>&amp;Compare the two images</source>
            <translation>&amp;Comparer les deux images</translation>
        </message>
        <message>
            <source>Attach exactly two screenshots to compare — the one before, then the one after.</source>
            <translation>Joignez exactement deux captures d’écran à comparer — celle d’avant, puis celle d’après.</translation>
        </message>
        <message>
            <source>pixdesk could not compare the images: the image reader stopped unexpectedly. Try again.</source>
            <translation>pixdesk n’a pas pu comparer les images : la lecture des images s’est arrêtée de façon inattendue. Réessayez.</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Comparaison…</translation>
        </message>
        <message>
            <source>Comparing the two images…</source>
            <translation>Comparaison des deux images…</translation>
        </message>
        <message>
            <source>Before — {name}</source>
            <translation>Avant — {name}</translation>
        </message>
        <message>
            <source>After — {name}</source>
            <translation>Après — {name}</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Ce qui a changé</translation>
        </message>
        <message>
            <source>{found} The question is in the box below: edit it if you like, then press Enter.</source>
            <translation>{found} La question est dans la zone ci-dessous : modifiez-la si vous le souhaitez, puis appuyez sur Entrée.</translation>
        </message>
    </context>
    <context>
        <name>composer</name>
        <message>
            <source>Ask about the images…  (Enter sends, Shift+Enter starts a new line)</source>
            <translation>Posez une question sur les images…  (Entrée envoie, Maj+Entrée va à la ligne)</translation>
        </message>
        <message>
            <source>Ask about the document…  (Enter sends, Shift+Enter starts a new line)</source>
            <translation>Posez une question sur le document…  (Entrée envoie, Maj+Entrée va à la ligne)</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Attach images</source>
            <translation>Joindre des images</translation>
        </message>
        <message>
            <source>Attach images or a PDF (Ctrl+O)</source>
            <translation>Joindre des images ou un PDF (Ctrl+O)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop the answer</source>
            <translation>Arrêter la réponse</translation>
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation>Arrêter (Échap)</translation>
        </message>
        <message>
            <source>Send question</source>
            <translation>Envoyer la question</translation>
        </message>
        <message>
            <source>Send (Enter)</source>
            <translation>Envoyer (Entrée)</translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <source>Connected: {model} answered from {region} in {seconds} s.</source>
            <translation>Connecté : {model} a répondu depuis {region} en {seconds} s.</translation>
        </message>
    </context>
    <context>
        <name>conversation_files</name>
        <message>
            <source>Web page, images included</source>
            <translation>Page web, images incluses</translation>
        </message>
        <message>
            <source>Markdown with an images folder</source>
            <translation>Markdown avec un dossier d’images</translation>
        </message>
        <message>
            <source>pixdesk conversation, re-importable</source>
            <translation>Conversation pixdesk, réimportable</translation>
        </message>
        <message>
            <source>Open or start a conversation first; then it can be exported.</source>
            <translation>Ouvrez ou commencez d’abord une conversation ; vous pourrez ensuite l’exporter.</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>Exporter la conversation</translation>
        </message>
        <message>
            <source>The conversation could not be exported: {reason}</source>
            <translation>La conversation n’a pas pu être exportée : {reason}</translation>
        </message>
        <message>
            <source>Exported to {path}.</source>
            <translation>Exporté dans {path}.</translation>
        </message>
        <message>
            <source>Import conversation</source>
            <translation>Importer une conversation</translation>
        </message>
        <message>
            <source>pixdesk conversations</source>
            <translation>Conversations pixdesk</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>pixdesk ran into a problem</source>
            <translation>pixdesk a rencontré un problème</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Your conversation is safe and pixdesk keeps running; if this happens again, please send these details to support.</source>
            <translation>Un problème inattendu s’est produit. Votre conversation est en sécurité et pixdesk continue de fonctionner ; si cela se reproduit, envoyez ces détails au support.</translation>
        </message>
        <message>
            <source>Problem details</source>
            <translation>Détails du problème</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Ouvrir le dossier des journaux</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <source>Signed in (company AWS sign-in)</source>
            <translation>Connecté (connexion AWS de l’entreprise)</translation>
        </message>
        <message>
            <source>Signed in (set up by your IT team)</source>
            <translation>Connecté (configuré par votre équipe informatique)</translation>
        </message>
        <message>
            <source>Signed in with an API key</source>
            <translation>Connecté avec une clé d’API</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <source>Your company's AWS sign-in has ended. Sign in again to carry on.</source>
            <translation>La connexion AWS de votre entreprise a pris fin. Reconnectez-vous pour continuer.</translation>
        </message>
        <message>
            <source>Signed in until {time}</source>
            <translation>Connecté jusqu’à {time}</translation>
        </message>
        <message>
            <source>pixdesk found no AWS sign-in on this computer.</source>
            <translation>pixdesk n’a trouvé aucune connexion AWS sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Sign-in expired</source>
            <translation>Connexion expirée</translation>
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation>Problème de connexion</translation>
        </message>
    </context>
    <context>
        <name>declared_words</name>
        <message>
            <source>{tier} ({hint})</source>
            <translation>{tier} ({hint})</translation>
        </message>
    </context>
    <context>
        <name>desktop</name>
        <message>
            <source>Ask pixdesk about this screenshot? Click to attach it.</source>
            <translation>Interroger pixdesk sur cette capture d’écran ? Cliquez pour la joindre.</translation>
        </message>
    </context>
    <context>
        <name>document_chip</name>
        <message>
            <source>Goes with your question: {what}. Remove it to ask without the document.</source>
            <translation>Part avec votre question : {what}. Retirez-le pour demander sans le document.</translation>
        </message>
        <message>
            <source>Goes with the question: {what}</source>
            <translation>Part avec la question : {what}</translation>
        </message>
        <message>
            <source>Delete removes it: the question then goes without the document.</source>
            <translation>Suppr le retire : la question part alors sans le document.</translation>
        </message>
        <message>
            <source>Send without {what}</source>
            <translation>Envoyer sans {what}</translation>
        </message>
    </context>
    <context>
        <name>document_plan</name>
        <message>
            <source>{document}: {pages} in {groups}, then one request that combines their answers — {requests} requests, about {input} tokens of question and at most {output} of answers, up to {cost} (estimate); {pace}.</source>
            <translation>{document} : {pages} en {groups}, puis une requête qui combine leurs réponses — {requests} requêtes, environ {input} jetons de question et au plus {output} de réponses, jusqu’à {cost} (estimation) ; {pace}.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n groupe</numerusform>
                <numerusform>%n groupes</numerusform>
            </translation>
        </message>
        <message>
            <source>your quota lets every request through at once</source>
            <translation>votre quota laisse passer toutes les requêtes d’un coup</translation>
        </message>
        <message>
            <source>about {time} of waiting for room in your quota</source>
            <translation>environ {time} d’attente de place dans votre quota</translation>
        </message>
        <message>
            <source>There are no pages to ask about.</source>
            <translation>Il n’y a aucune page sur laquelle poser une question.</translation>
        </message>
        <message>
            <source>{document} is too long to ask about as a whole at your quota ({count} groups of pages would leave each part under {tokens} tokens of answer).</source>
            <translation>{document} est trop long pour une question sur l’ensemble avec votre quota ({count} groupes de pages laisseraient à chaque partie moins de {tokens} jetons de réponse).</translation>
        </message>
        <message>
            <source>Choose fewer pages (for example --pages 1-200), or raise the quota in Settings if your account's was raised.</source>
            <translation>Choisissez moins de pages (par exemple --pages 1-200), ou augmentez le quota dans les paramètres si celui de votre compte a été relevé.</translation>
        </message>
        <message>
            <source>Page {page} of {document} is too large for one request at your quota.</source>
            <translation>La page {page} de {document} est trop grande pour une seule requête avec votre quota.</translation>
        </message>
        <message>
            <source>Lower the longest answer in Settings, or raise the quota if your account's was raised.</source>
            <translation>Réduisez la réponse la plus longue dans les paramètres, ou augmentez le quota si celui de votre compte a été relevé.</translation>
        </message>
        <message>
            <source>page {pages}</source>
            <translation>page {pages}</translation>
        </message>
        <message>
            <source>pages {pages}</source>
            <translation>pages {pages}</translation>
        </message>
        <message>
            <source>About the whole of {document}, in {count} parts. Part 1 of {count}: {pages}.</source>
            <translation>Sur l’ensemble de {document}, en {count} parties. Partie 1 sur {count} : {pages}.</translation>
        </message>
        <message>
            <source>About the whole of {document}, {pages}.</source>
            <translation>Sur l’ensemble de {document}, {pages}.</translation>
        </message>
        <message>
            <source>Part {number} of {count} — the same question about {pages}.</source>
            <translation>Partie {number} sur {count} — la même question sur {pages}.</translation>
        </message>
        <message>
            <source>Combine the answers of the {count} parts above into one: “{question}”</source>
            <translation>Combiner les réponses des {count} parties ci-dessus en une seule : « {question} »</translation>
        </message>
        <message>
            <source>Combine the answer above into one: “{question}”</source>
            <translation>Combiner la réponse ci-dessus en une seule : « {question} »</translation>
        </message>
    </context>
    <context>
        <name>document_question</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>about {time} at your quota</source>
            <translation>environ {time} avec votre quota</translation>
        </message>
        <message>
            <source>no wait at your quota</source>
            <translation>aucune attente avec votre quota</translation>
        </message>
        <message numerus="yes">
            <source>{pages} in %n request(s)</source>
            <translation>
                <numerusform>{pages} en %n requête</numerusform>
                <numerusform>{pages} en %n requêtes</numerusform>
            </translation>
        </message>
        <message>
            <source>about {tokens} tokens</source>
            <translation>environ {tokens} jetons</translation>
        </message>
        <message>
            <source>up to {cost}</source>
            <translation>jusqu’à {cost}</translation>
        </message>
        <message numerus="yes">
            <source>The pages go in %n group(s) of at most 8, each asked on its own; then one more request combines their answers, with page numbers.
Size of the questions: about {input} tokens; of the answers: at most {output} tokens. The cost is an estimate, at its most.</source>
            <translation>
                <numerusform>Les pages partent en %n groupe de 8 au plus, chacun interrogé séparément ; une requête de plus combine ensuite leurs réponses, avec les numéros de page.
Taille des questions : environ {input} jetons ; des réponses : au plus {output} jetons. Le coût est une estimation, au maximum.</numerusform>
                <numerusform>Les pages partent en %n groupes de 8 au plus, chacun interrogé séparément ; une requête de plus combine ensuite leurs réponses, avec les numéros de page.
Taille des questions : environ {input} jetons ; des réponses : au plus {output} jetons. Le coût est une estimation, au maximum.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{resumed} of %n group(s) answered already — they will not be asked again.</source>
            <translation>
                <numerusform>Groupes déjà répondus : {resumed} sur %n — ils ne seront pas redemandés.</numerusform>
                <numerusform>Groupes déjà répondus : {resumed} sur %n — ils ne seront pas redemandés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting for your quota — {time} (group {number} of {count} next)</source>
            <translation>En attente de votre quota — {time} (ensuite le groupe {number} sur {count})</translation>
        </message>
        <message>
            <source>Combining the answers…</source>
            <translation>Combinaison des réponses…</translation>
        </message>
        <message>
            <source>Reading {pages} (group {number} of {count})…</source>
            <translation>Lecture de {pages} (groupe {number} sur {count})…</translation>
        </message>
        <message>
            <source>Question about the whole document</source>
            <translation>Question sur tout le document</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Demander</translation>
        </message>
        <message>
            <source>Send the requests of this plan</source>
            <translation>Envoyer les requêtes de ce plan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Send nothing</source>
            <translation>Ne rien envoyer</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop after what is being written; asking again continues from there</source>
            <translation>S’arrêter après ce qui est en cours d’écriture ; redemander reprend à partir de là</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Continue where it stopped</source>
            <translation>Reprendre là où cela s’est arrêté</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Nothing is sent until you press Ask.</source>
            <translation>Rien n’est envoyé tant que vous n’appuyez pas sur « Demander ».</translation>
        </message>
        <message>
            <source>Open a document with File ▸ Review a document… first.</source>
            <translation>Ouvrez d’abord un document avec Fichier ▸ Examiner un document…</translation>
        </message>
        <message>
            <source>A question about the whole document is being answered: wait for it, or Stop it.</source>
            <translation>Une question sur tout le document est en cours de réponse : attendez-la ou arrêtez-la.</translation>
        </message>
        <message>
            <source>A question about the whole document goes without other images.</source>
            <translation>Une question sur tout le document part sans autres images.</translation>
        </message>
        <message>
            <source>Remove them from the images to send, or ask about one page.</source>
            <translation>Retirez-les des images à envoyer, ou posez la question sur une seule page.</translation>
        </message>
        <message>
            <source>About the whole of {name}: “{question}”</source>
            <translation>Sur l’ensemble de {name} : « {question} »</translation>
        </message>
        <message>
            <source>Working out how to send it…</source>
            <translation>Calcul de la façon de l’envoyer…</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>{name} n’a pas pu être lu : {reason}.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Démarrage…</translation>
        </message>
        <message>
            <source>Stopped. The answers so far are kept.</source>
            <translation>Arrêté. Les réponses obtenues jusqu’ici sont conservées.</translation>
        </message>
        <message>
            <source>Continue asks only what is left.</source>
            <translation>« Continuer » ne demande que ce qui reste.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>The model gave no answer.</source>
            <translation>Le modèle n’a donné aucune réponse.</translation>
        </message>
        <message>
            <source>The answers could not be combined.</source>
            <translation>Les réponses n’ont pas pu être combinées.</translation>
        </message>
        <message>
            <source>{pages} could not be read.</source>
            <translation>{pages} n’ont pas pu être lues.</translation>
        </message>
        <message>
            <source>The answers so far are kept.</source>
            <translation>Les réponses obtenues jusqu’ici sont conservées.</translation>
        </message>
    </context>
    <context>
        <name>domain</name>
        <message>
            <source>The answer was cut off because it reached the maximum length.</source>
            <translation>La réponse a été coupée car elle a atteint la longueur maximale.</translation>
        </message>
        <message>
            <source>A guardrail stopped the answer.</source>
            <translation>Un garde-fou (guardrail) a arrêté la réponse.</translation>
        </message>
        <message>
            <source>The answer was stopped by a content filter.</source>
            <translation>La réponse a été arrêtée par un filtre de contenu.</translation>
        </message>
        <message>
            <source>The conversation is too long for the model; the answer was cut off.</source>
            <translation>La conversation est trop longue pour le modèle ; la réponse a été coupée.</translation>
        </message>
    </context>
    <context>
        <name>empty_state</name>
        <message>
            <source>Drop a screenshot or a scanned page</source>
            <translation>Déposez une capture d’écran ou une page numérisée</translation>
        </message>
        <message>
            <source>What is wrong in this screenshot?</source>
            <translation>Qu’est-ce qui ne va pas sur cette capture d’écran ?</translation>
        </message>
        <message>
            <source>Transcribe this page</source>
            <translation>Transcrire cette page</translation>
        </message>
        <message>
            <source>Give me the table as CSV</source>
            <translation>Donner le tableau au format CSV</translation>
        </message>
        <message>
            <source>Summarise this document</source>
            <translation>Résumer ce document</translation>
        </message>
        <message>
            <source>Empty conversation</source>
            <translation>Conversation vide</translation>
        </message>
        <message>
            <source>Drop images here</source>
            <translation>Déposez des images ici</translation>
        </message>
        <message>
            <source>…or bring one in another way, then ask about it.</source>
            <translation>…ou ajoutez-en une autrement, puis posez votre question.</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <source>Choose images or a PDF to ask about (Ctrl+O)</source>
            <translation>Choisir des images ou un PDF sur lesquels poser une question (Ctrl+O)</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Coller</translation>
        </message>
        <message>
            <source>Paste a screenshot from the clipboard (Ctrl+V)</source>
            <translation>Coller une capture d’écran depuis le presse-papiers (Ctrl+V)</translation>
        </message>
        <message>
            <source>Review a document…</source>
            <translation>Examiner un document…</translation>
        </message>
        <message>
            <source>Open a scanned document page by page, to mark, redact and ask (Ctrl+R)</source>
            <translation>Ouvrir un document numérisé page par page pour marquer, caviarder et poser des questions (Ctrl+R)</translation>
        </message>
        <message>
            <source>Or start from a common question:</source>
            <translation>Ou partez d’une question courante :</translation>
        </message>
        <message>
            <source>Puts this question in the question box</source>
            <translation>Place cette question dans la zone de question</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Press Sign in again on the toolbar, or choose other credentials in Settings.</source>
            <translation>Cliquez sur Se reconnecter dans la barre d’outils, ou choisissez d’autres identifiants dans les paramètres.</translation>
        </message>
        <message>
            <source>{region} ({code})</source>
            <translation>{region} ({code})</translation>
        </message>
        <message>
            <source>Your conversations stay readable in pixdesk, and you can export them.</source>
            <translation>Vos conversations restent lisibles dans pixdesk, et vous pouvez les exporter.</translation>
        </message>
        <message>
            <source>Amazon Bedrock no longer offers {model} to this account (it has been retired).</source>
            <translation>Amazon Bedrock ne propose plus {model} à ce compte (le modèle a été retiré).</translation>
        </message>
        <message>
            <source>Ask your AWS admin what to use instead.</source>
            <translation>Demandez à votre administrateur AWS quoi utiliser à la place.</translation>
        </message>
        <message>
            <source>Amazon Bedrock has removed this account's access to {model}: it is now an old (legacy) model, kept only for accounts that used it recently.</source>
            <translation>Amazon Bedrock a retiré l’accès de ce compte à {model} : c’est désormais un ancien modèle (legacy), conservé seulement pour les comptes qui l’ont utilisé récemment.</translation>
        </message>
        <message>
            <source>Ask your AWS admin whether access can be restored, or what to use instead.</source>
            <translation>Demandez à votre administrateur AWS si l’accès peut être rétabli, ou quoi utiliser à la place.</translation>
        </message>
        <message>
            <source>Your AWS account has not been granted access to {model} in {where}, or these credentials are not allowed to use it.</source>
            <translation>Votre compte AWS n’a pas reçu l’accès à {model} dans {where}, ou ces identifiants ne sont pas autorisés à l’utiliser.</translation>
        </message>
        <message>
            <source>Request model access in the Amazon Bedrock console (Model access) for this region, or ask your AWS administrator for bedrock:InvokeModelWithResponseStream permission.</source>
            <translation>Demandez l’accès au modèle dans la console Amazon Bedrock (Model access) pour cette région, ou demandez à votre administrateur AWS l’autorisation bedrock:InvokeModelWithResponseStream.</translation>
        </message>
        <message>
            <source>Your AWS sign-in has expired.</source>
            <translation>Votre connexion AWS a expiré.</translation>
        </message>
        <message>
            <source>AWS did not accept these credentials (the key or API key is wrong or was revoked).</source>
            <translation>AWS n’a pas accepté ces identifiants (la clé ou la clé d’API est fausse ou a été révoquée).</translation>
        </message>
        <message>
            <source>Check the AWS profile or Bedrock API key in Settings.</source>
            <translation>Vérifiez le profil AWS ou la clé d’API Bedrock dans les paramètres.</translation>
        </message>
        <message>
            <source>Bedrock is limiting how fast this account can ask questions right now.</source>
            <translation>Bedrock limite en ce moment la vitesse à laquelle ce compte peut poser des questions.</translation>
        </message>
        <message>
            <source>Wait a little and try again.</source>
            <translation>Patientez un peu et réessayez.</translation>
        </message>
        <message>
            <source>{model} is starting up and not ready yet.</source>
            <translation>{model} est en cours de démarrage et n’est pas encore prêt.</translation>
        </message>
        <message>
            <source>Try again in a minute.</source>
            <translation>Réessayez dans une minute.</translation>
        </message>
        <message>
            <source>{model} took too long to answer.</source>
            <translation>{model} a mis trop de temps à répondre.</translation>
        </message>
        <message>
            <source>Try again, perhaps with fewer or smaller images.</source>
            <translation>Réessayez, peut-être avec moins d’images ou des images plus petites.</translation>
        </message>
        <message>
            <source>Amazon Bedrock is unavailable in {where} right now.</source>
            <translation>Amazon Bedrock est indisponible dans {where} en ce moment.</translation>
        </message>
        <message>
            <source>Try again shortly, or pick another region.</source>
            <translation>Réessayez sous peu, ou choisissez une autre région.</translation>
        </message>
        <message>
            <source>{model} could not be found from {where}.</source>
            <translation>{model} est introuvable depuis {where}.</translation>
        </message>
        <message>
            <source>Pick one of the listed regions; if it persists, update pixdesk.</source>
            <translation>Choisissez l’une des régions proposées ; si cela persiste, mettez pixdesk à jour.</translation>
        </message>
        <message>
            <source>The conversation and images are too long for the model to read at once.</source>
            <translation>La conversation et les images sont trop longues pour que le modèle les lise d’un coup.</translation>
        </message>
        <message>
            <source>Start a new chat or remove some images.</source>
            <translation>Commencez une nouvelle discussion ou retirez quelques images.</translation>
        </message>
        <message>
            <source>Amazon Bedrock did not accept this question.</source>
            <translation>Amazon Bedrock n’a pas accepté cette question.</translation>
        </message>
        <message>
            <source>Check the answer length, temperature and images; the details say what was wrong.</source>
            <translation>Vérifiez la longueur de réponse, la température et les images ; les détails indiquent ce qui n’allait pas.</translation>
        </message>
        <message>
            <source>{model} ran into a problem on Amazon's side.</source>
            <translation>{model} a rencontré un problème du côté d’Amazon.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Réessayez.</translation>
        </message>
        <message>
            <source>Amazon Bedrock answered with an unexpected error.</source>
            <translation>Amazon Bedrock a répondu par une erreur inattendue.</translation>
        </message>
        <message>
            <source>Try again; if it persists, copy the details for support.</source>
            <translation>Réessayez ; si cela persiste, copiez les détails pour l’assistance.</translation>
        </message>
        <message>
            <source>The proxy server {proxy} did not accept the user name and password pixdesk gave it.</source>
            <translation>Le serveur proxy {proxy} n’a pas accepté le nom d’utilisateur et le mot de passe fournis par pixdesk.</translation>
        </message>
        <message>
            <source>The proxy server did not accept the user name and password pixdesk gave it.</source>
            <translation>Le serveur proxy n’a pas accepté le nom d’utilisateur et le mot de passe fournis par pixdesk.</translation>
        </message>
        <message>
            <source>Check the proxy's user name and password in Settings, under Network.</source>
            <translation>Vérifiez le nom d’utilisateur et le mot de passe du proxy dans les paramètres, sous Réseau.</translation>
        </message>
        <message>
            <source>pixdesk could not connect to {service} through the proxy server {proxy}.</source>
            <translation>pixdesk n’a pas pu se connecter à {service} via le serveur proxy {proxy}.</translation>
        </message>
        <message>
            <source>pixdesk could not connect to {service} through the proxy server.</source>
            <translation>pixdesk n’a pas pu se connecter à {service} via le serveur proxy.</translation>
        </message>
        <message>
            <source>Check the proxy in Settings, under Network, or ask your IT team which proxy to use.</source>
            <translation>Vérifiez le proxy dans les paramètres, sous Réseau, ou demandez à votre équipe informatique quel proxy utiliser.</translation>
        </message>
        <message>
            <source>There is no AWS profile called “{profile}”.</source>
            <translation>Il n’existe aucun profil AWS nommé « {profile} ».</translation>
        </message>
        <message>
            <source>Choose a profile from the list in Settings.</source>
            <translation>Choisissez un profil dans la liste des paramètres.</translation>
        </message>
        <message>
            <source>pixdesk has no AWS credentials to call Bedrock with.</source>
            <translation>pixdesk n’a aucun identifiant AWS pour appeler Bedrock.</translation>
        </message>
        <message>
            <source>Sign in with an AWS profile (or AWS SSO), or give pixdesk a Bedrock API key.</source>
            <translation>Connectez-vous avec un profil AWS (ou AWS SSO), ou donnez à pixdesk une clé d’API Bedrock.</translation>
        </message>
        <message>
            <source>The AWS SSO sign-in for the AWS profile “{profile}” has expired.</source>
            <translation>La connexion AWS SSO du profil AWS « {profile} » a expiré.</translation>
        </message>
        <message>
            <source>The AWS SSO sign-in for your AWS credentials has expired.</source>
            <translation>La connexion AWS SSO de vos identifiants AWS a expiré.</translation>
        </message>
        <message>
            <source>pixdesk could not load the AWS profile “{profile}”.</source>
            <translation>pixdesk n’a pas pu charger le profil AWS « {profile} ».</translation>
        </message>
        <message>
            <source>pixdesk could not load your AWS credentials.</source>
            <translation>pixdesk n’a pas pu charger vos identifiants AWS.</translation>
        </message>
        <message>
            <source>Check the AWS profile settings, or choose another in Settings.</source>
            <translation>Vérifiez les réglages du profil AWS, ou choisissez-en un autre dans les paramètres.</translation>
        </message>
        <message>
            <source>pixdesk will not send a Bedrock API key over an unencrypted connection.</source>
            <translation>pixdesk n’enverra pas de clé d’API Bedrock sur une connexion non chiffrée.</translation>
        </message>
        <message>
            <source>Use an https:// endpoint, or sign in with an AWS profile instead.</source>
            <translation>Utilisez un point de terminaison https://, ou connectez-vous plutôt avec un profil AWS.</translation>
        </message>
        <message>
            <source>The secure connection to Amazon Bedrock could not be verified: your company's network may inspect secure connections with a certificate this computer does not trust.</source>
            <translation>La connexion sécurisée à Amazon Bedrock n’a pas pu être vérifiée : le réseau de votre entreprise inspecte peut-être les connexions sécurisées avec un certificat auquel cet ordinateur ne fait pas confiance.</translation>
        </message>
        <message>
            <source>Ask your IT team to install the company's certificate on this computer, or to give you a certificate file for AWS_CA_BUNDLE.</source>
            <translation>Demandez à votre équipe informatique d’installer le certificat de l’entreprise sur cet ordinateur, ou de vous donner un fichier de certificat pour AWS_CA_BUNDLE.</translation>
        </message>
        <message>
            <source>The secure connection to Amazon Bedrock could not be verified.</source>
            <translation>La connexion sécurisée à Amazon Bedrock n’a pas pu être vérifiée.</translation>
        </message>
        <message>
            <source>A proxy or firewall may be intercepting it; ask your IT team, or check AWS_CA_BUNDLE.</source>
            <translation>Un proxy ou un pare-feu l’intercepte peut-être ; demandez à votre équipe informatique, ou vérifiez AWS_CA_BUNDLE.</translation>
        </message>
        <message>
            <source>Amazon Bedrock stopped answering for too long.</source>
            <translation>Amazon Bedrock a cessé de répondre trop longtemps.</translation>
        </message>
        <message>
            <source>pixdesk could not connect to Amazon Bedrock.</source>
            <translation>pixdesk n’a pas pu se connecter à Amazon Bedrock.</translation>
        </message>
        <message>
            <source>Check your internet connection and try again.</source>
            <translation>Vérifiez votre connexion Internet et réessayez.</translation>
        </message>
        <message>
            <source>The connection to Amazon Bedrock was lost.</source>
            <translation>La connexion à Amazon Bedrock a été perdue.</translation>
        </message>
        <message>
            <source>pixdesk built a request Bedrock would not accept.</source>
            <translation>pixdesk a construit une requête que Bedrock n’accepterait pas.</translation>
        </message>
        <message>
            <source>Please report this.</source>
            <translation>Merci de le signaler.</translation>
        </message>
        <message>
            <source>Something went wrong while talking to Amazon Bedrock.</source>
            <translation>Un problème est survenu lors de l’échange avec Amazon Bedrock.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>There is no conversation {number}.</source>
            <translation>Il n’existe aucune conversation {number}.</translation>
        </message>
    </context>
    <context>
        <name>fetch</name>
        <message>
            <source>pixdesk only downloads images from http:// or https:// addresses.</source>
            <translation>pixdesk ne télécharge des images que depuis des adresses http:// ou https://.</translation>
        </message>
        <message>
            <source>The image at {host} could not be downloaded.</source>
            <translation>L’image sur {host} n’a pas pu être téléchargée.</translation>
        </message>
        <message>
            <source>Save it to your computer and drop the file instead.</source>
            <translation>Enregistrez-la sur votre ordinateur et déposez plutôt le fichier.</translation>
        </message>
        <message>
            <source>The image {name} is larger than {size} MB.</source>
            <translation>L’image {name} dépasse {size} Mo.</translation>
        </message>
        <message>
            <source>Save a smaller copy and drop that instead.</source>
            <translation>Enregistrez une copie plus petite et déposez-la à la place.</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>Choose an image or a document saved as a file.</source>
            <translation>Choisissez une image ou un document enregistré dans un fichier.</translation>
        </message>
        <message>
            <source>{name} is larger than pixdesk reads ({size} MB).</source>
            <translation>{name} dépasse ce que pixdesk lit ({size} Mo).</translation>
        </message>
        <message>
            <source>{name} is not a file but a pipe, so pixdesk does not read it.</source>
            <translation>{name} n’est pas un fichier mais un tube (pipe) : pixdesk ne le lit donc pas.</translation>
        </message>
        <message>
            <source>{name} is not a file but a device, so pixdesk does not read it.</source>
            <translation>{name} n’est pas un fichier mais un périphérique : pixdesk ne le lit donc pas.</translation>
        </message>
        <message>
            <source>{name} is not a file but a socket, so pixdesk does not read it.</source>
            <translation>{name} n’est pas un fichier mais un socket : pixdesk ne le lit donc pas.</translation>
        </message>
        <message>
            <source>{name} is not a file but something other than a file, so pixdesk does not read it.</source>
            <translation>{name} n’est pas un fichier mais autre chose : pixdesk ne le lit donc pas.</translation>
        </message>
        <message>
            <source>Cannot write {path}: part of that path is a file, not a folder.</source>
            <translation>Impossible d’écrire {path} : une partie de ce chemin est un fichier, pas un dossier.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>Impossible d’écrire {path} : {reason}.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut</name>
        <message>
            <source>Your desktop (Wayland) does not let programs set a shortcut that works in every window. In pixdesk, {shortcut} still captures, and so does the pixdesk icon's menu beside the clock.</source>
            <translation>Votre bureau (Wayland) ne permet pas aux programmes de définir un raccourci valable dans toutes les fenêtres. Dans pixdesk, {shortcut} capture toujours, tout comme le menu de l’icône pixdesk près de l’horloge.</translation>
        </message>
        <message>
            <source>pixdesk is running without a desktop here, so it has no shortcut outside its window. In pixdesk, {shortcut} still captures.</source>
            <translation>pixdesk fonctionne ici sans bureau, il n’a donc pas de raccourci hors de sa fenêtre. Dans pixdesk, {shortcut} capture toujours.</translation>
        </message>
        <message>
            <source>Off. In the pixdesk window, {shortcut} still captures.</source>
            <translation>Désactivé. Dans la fenêtre de pixdesk, {shortcut} capture toujours.</translation>
        </message>
        <message>
            <source>{shortcut} will capture from any program while pixdesk runs.</source>
            <translation>{shortcut} capturera depuis n’importe quel programme tant que pixdesk est ouvert.</translation>
        </message>
        <message>
            <source>{shortcut} captures from any program while pixdesk runs.</source>
            <translation>{shortcut} capture depuis n’importe quel programme tant que pixdesk est ouvert.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut.keys</name>
        <message>
            <source>Use at least two of Ctrl, Alt and Shift with a letter (for example Ctrl+Alt+S): with fewer, the shortcut would take that key away from every other program.</source>
            <translation>Utilisez au moins deux touches parmi Ctrl, Alt et Maj avec une lettre (par exemple Ctrl+Alt+S) : avec moins, le raccourci prendrait cette touche à tous les autres programmes.</translation>
        </message>
        <message>
            <source>pixdesk cannot use that key outside its window. Choose a letter, a digit or F1–F12.</source>
            <translation>pixdesk ne peut pas utiliser cette touche hors de sa fenêtre. Choisissez une lettre, un chiffre ou F1–F12.</translation>
        </message>
        <message>
            <source>Choose one key with its modifiers (for example Ctrl+Alt+S), not several in a row.</source>
            <translation>Choisissez une seule touche avec ses modificateurs (par exemple Ctrl+Alt+S), pas plusieurs à la suite.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut.macos</name>
        <message>
            <source>macOS did not accept a shortcut from pixdesk (error {code}).</source>
            <translation>macOS n’a pas accepté de raccourci de pixdesk (erreur {code}).</translation>
        </message>
        <message>
            <source>Another program already uses {shortcut}. Choose another shortcut.</source>
            <translation>Un autre programme utilise déjà {shortcut}. Choisissez un autre raccourci.</translation>
        </message>
        <message>
            <source>macOS does not allow {shortcut} as a shortcut. Choose one with ⌘ or ⌃.</source>
            <translation>macOS n’autorise pas {shortcut} comme raccourci. Choisissez-en un avec ⌘ ou ⌃.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut.windows</name>
        <message>
            <source>Another program already uses {shortcut}. Choose another shortcut.</source>
            <translation>Un autre programme utilise déjà {shortcut}. Choisissez un autre raccourci.</translation>
        </message>
        <message>
            <source>Windows refused {shortcut} (error {code}). Choose another shortcut.</source>
            <translation>Windows a refusé {shortcut} (erreur {code}). Choisissez un autre raccourci.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut.x11</name>
        <message>
            <source>pixdesk could not find the X11 library, so it has no shortcut outside its window.</source>
            <translation>pixdesk n’a pas trouvé la bibliothèque X11, il n’a donc pas de raccourci hors de sa fenêtre.</translation>
        </message>
        <message>
            <source>pixdesk could not reach your desktop's display to set the shortcut.</source>
            <translation>pixdesk n’a pas pu joindre l’affichage de votre bureau pour définir le raccourci.</translation>
        </message>
        <message>
            <source>This keyboard has no key for {shortcut}. Choose another shortcut.</source>
            <translation>Ce clavier n’a pas de touche pour {shortcut}. Choisissez un autre raccourci.</translation>
        </message>
        <message>
            <source>Another program already uses {shortcut}. Choose another shortcut.</source>
            <translation>Un autre programme utilise déjà {shortcut}. Choisissez un autre raccourci.</translation>
        </message>
        <message>
            <source>Your desktop refused {shortcut}. Choose another shortcut.</source>
            <translation>Votre bureau a refusé {shortcut}. Choisissez un autre raccourci.</translation>
        </message>
    </context>
    <context>
        <name>help_dialogs</name>
        <message>
            <source>About pixdesk</source>
            <translation>À propos de pixdesk</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
    </context>
    <context>
        <name>help_menu</name>
        <message>
            <source>Send the question</source>
            <translation>Envoyer la question</translation>
        </message>
        <message>
            <source>Start a new line in the question</source>
            <translation>Aller à la ligne dans la question</translation>
        </message>
        <message>
            <source>Menu of the selected conversation (history list)</source>
            <translation>Menu de la conversation sélectionnée (liste de l’historique)</translation>
        </message>
        <message>
            <source>Stop the answer being written</source>
            <translation>Arrêter la réponse en cours d’écriture</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;Report a problem</source>
            <translation>&amp;Signaler un problème</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Ouvrir le dossier des &amp;journaux</translation>
        </message>
        <message>
            <source>&amp;About pixdesk</source>
            <translation>À &amp;propos de pixdesk</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Model end of life</source>
            <translation>Fin de vie du modèle</translation>
        </message>
        <message>
            <source>Inference profile in use</source>
            <translation>Profil d’inférence utilisé</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Dossier des données</translation>
        </message>
        <message>
            <source>nothing is kept (history off)</source>
            <translation>rien n’est conservé (historique désactivé)</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>Dossier des journaux</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Ask {model} on Amazon Bedrock about screenshots and scanned documents.</source>
            <translation>Interrogez {model} sur Amazon Bedrock à propos de captures d’écran et de documents numérisés.</translation>
        </message>
        <message>
            <source>Details for support copied — paste them into your message. They contain no keys or passwords.</source>
            <translation>Détails pour le support copiés — collez-les dans votre message. Ils ne contiennent ni clé ni mot de passe.</translation>
        </message>
    </context>
    <context>
        <name>history_controller</name>
        <message>
            <source>conversation</source>
            <translation>conversation</translation>
        </message>
    </context>
    <context>
        <name>history_dates</name>
        <message>
            <source>Older</source>
            <translation>Plus ancien</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Hier</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>MMMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy, HH:mm</source>
            <translation>d MMM yyyy, HH:mm</translation>
        </message>
    </context>
    <context>
        <name>history_panel</name>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Search all conversations</source>
            <translation>Rechercher dans toutes les conversations</translation>
        </message>
        <message>
            <source>Search history</source>
            <translation>Rechercher dans l’historique</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Menu key or Shift+F10: rename, export or delete. F2 renames.</source>
            <translation>Touche Menu ou Maj+F10 : renommer, exporter ou supprimer. F2 renomme.</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Nouvelle discussion</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>Actions sur la conversation</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Renommer…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>history list</source>
            <translation>liste de l’historique</translation>
        </message>
        <message numerus="yes">
            <source>{date} · %n question(s)</source>
            <translation>
                <numerusform>{date} · %n question</numerusform>
                <numerusform>{date} · %n questions</numerusform>
            </translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Rename conversation</source>
            <translation>Renommer la conversation</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Delete conversation?</source>
            <translation>Supprimer la conversation ?</translation>
        </message>
        <message>
            <source>Delete “{title}” and its images? This cannot be undone.</source>
            <translation>Supprimer « {title} » et ses images ? Cette action est irréversible.</translation>
        </message>
        <message>
            <source>Delete conversation</source>
            <translation>Supprimer la conversation</translation>
        </message>
    </context>
    <context>
        <name>image_intake</name>
        <message>
            <source>Images and PDFs</source>
            <translation>Images et PDF</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
        <message>
            <source>Add images</source>
            <translation>Ajouter des images</translation>
        </message>
        <message>
            <source>pasted image</source>
            <translation>image collée</translation>
        </message>
    </context>
    <context>
        <name>images</name>
        <message>
            <source>Pixtral Large reads at most {limit} images at a time; this question has {count}.</source>
            <translation>Pixtral Large lit au plus {limit} images à la fois ; cette question en a {count}.</translation>
        </message>
        <message>
            <source>Pixtral Large reads at most {limit} images at a time; this question has at least {count}.</source>
            <translation>Pixtral Large lit au plus {limit} images à la fois ; cette question en a au moins {count}.</translation>
        </message>
        <message>
            <source>Choose fewer pages (for example --pages 1-8), or ask about the files one at a time.</source>
            <translation>Choisissez moins de pages (par exemple --pages 1-8), ou posez la question sur les fichiers un par un.</translation>
        </message>
    </context>
    <context>
        <name>intake</name>
        <message>
            <source>“{pages}” is not a page list.</source>
            <translation>« {pages} » n’est pas une liste de pages.</translation>
        </message>
        <message>
            <source>Write pages like 1-3,5 or all.</source>
            <translation>Écrivez les pages comme 1-3,5 ou all.</translation>
        </message>
        <message>
            <source>“{pages}” is not a page range.</source>
            <translation>« {pages} » n’est pas une plage de pages.</translation>
        </message>
        <message>
            <source>Pages are numbered from 1.</source>
            <translation>Les pages sont numérotées à partir de 1.</translation>
        </message>
        <message>
            <source>There is no page {page}: the document has {count}.</source>
            <translation>Il n’y a pas de page {page} : le document en a {count}.</translation>
        </message>
        <message>
            <source>“{area}” is not an area.</source>
            <translation>« {area} » n’est pas une zone.</translation>
        </message>
        <message>
            <source>Write it as x,y,width,height in pixels, e.g. 100,200,640,480.</source>
            <translation>Écrivez-la sous la forme x,y,largeur,hauteur en pixels, par ex. 100,200,640,480.</translation>
        </message>
    </context>
    <context>
        <name>json_format</name>
        <message>
            <source>Cannot import {name}: {reason}.</source>
            <translation>Impossible d’importer {name} : {reason}.</translation>
        </message>
        <message>
            <source>the file is damaged ({where}: {what})</source>
            <translation>le fichier est endommagé ({where} : {what})</translation>
        </message>
        <message>
            <source>it is not a file</source>
            <translation>ce n’est pas un fichier</translation>
        </message>
        <message>
            <source>it is larger than pixdesk imports ({megabytes} MB)</source>
            <translation>il dépasse la taille que pixdesk importe ({megabytes} Mo)</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>ce fichier n’existe pas</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>c’est un dossier, pas un fichier</translation>
        </message>
        <message>
            <source>it could not be read ({why})</source>
            <translation>il n’a pas pu être lu ({why})</translation>
        </message>
        <message>
            <source>it is not a JSON file</source>
            <translation>ce n’est pas un fichier JSON</translation>
        </message>
        <message>
            <source>it is not a pixdesk conversation export</source>
            <translation>ce n’est pas une conversation exportée par pixdesk</translation>
        </message>
        <message>
            <source>it was made by a newer pixdesk (format version {version}); update pixdesk to import it</source>
            <translation>il a été créé par une version plus récente de pixdesk (format version {version}) ; mettez pixdesk à jour pour l’importer</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Open images…</source>
            <translation>&amp;Ouvrir des images…</translation>
        </message>
        <message>
            <source>&amp;New chat</source>
            <translation>&amp;Nouvelle discussion</translation>
        </message>
        <message>
            <source>&amp;Export conversation…</source>
            <translation>&amp;Exporter la conversation…</translation>
        </message>
        <message>
            <source>&amp;Import conversation…</source>
            <translation>&amp;Importer une conversation…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;Paste image</source>
            <translation>Co&amp;ller une image</translation>
        </message>
        <message>
            <source>&amp;Stop answer</source>
            <translation>&amp;Arrêter la réponse</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Show &amp;conversations</source>
            <translation>Afficher les &amp;conversations</translation>
        </message>
        <message>
            <source>Show or hide the list of conversations (Ctrl+Shift+H)</source>
            <translation>Afficher ou masquer la liste des conversations (Ctrl+Maj+H)</translation>
        </message>
        <message>
            <source>Type a question first.</source>
            <translation>Saisissez d’abord une question.</translation>
        </message>
        <message>
            <source>Preparing the images…</source>
            <translation>Préparation des images…</translation>
        </message>
        <message>
            <source>pixdesk was closed while an answer was being written. The question and the answer so far are kept below, marked interrupted; Retry asks again.</source>
            <translation>pixdesk a été fermé pendant l’écriture d’une réponse. La question et le début de la réponse sont conservés ci-dessous, marqués comme interrompus ; Réessayer pose de nouveau la question.</translation>
        </message>
        <message>
            <source>Stop the answer being written first (Esc).</source>
            <translation>Arrêtez d’abord la réponse en cours d’écriture (Échap).</translation>
        </message>
        <message>
            <source>Asking again with {tier}. Your next questions use {chosen}.</source>
            <translation>Nouvelle demande avec {tier}. Vos prochaines questions utilisent {chosen}.</translation>
        </message>
        <message>
            <source>Choose where your data is processed: pixdesk asks again there at once.</source>
            <translation>Choisissez où vos données sont traitées : pixdesk y repose aussitôt la question.</translation>
        </message>
        <message>
            <source>Choose where your data is processed, then press Retry.</source>
            <translation>Choisissez où vos données sont traitées, puis cliquez sur Réessayer.</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Copié.</translation>
        </message>
        <message>
            <source>Speed and price are set by your organisation: pixdesk keeps trying with them.</source>
            <translation>La vitesse et le prix sont définis par votre organisation : pixdesk continue d'essayer avec eux.</translation>
        </message>
        <message>
            <source>Where your data is processed is set by your organisation: pixdesk keeps trying there.</source>
            <translation>Le lieu où vos données sont traitées est défini par votre organisation : pixdesk continue d'essayer là.</translation>
        </message>
        <message>
            <source>The clipboard holds no image. Copy a screenshot first, then Paste.</source>
            <translation>Le presse-papiers ne contient aucune image. Copiez d’abord une capture d’écran, puis collez-la.</translation>
        </message>
        <message>
            <source>pixdesk does not open {scheme} links from answers.</source>
            <translation>pixdesk n’ouvre pas les liens {scheme} des réponses.</translation>
        </message>
        <message>
            <source>pixdesk does not open relative links from answers.</source>
            <translation>pixdesk n’ouvre pas les liens relatifs des réponses.</translation>
        </message>
        <message>
            <source>Open link?</source>
            <translation>Ouvrir le lien ?</translation>
        </message>
        <message>
            <source>The answer links to:

{address}

Open it in your web browser?</source>
            <translation>La réponse renvoie vers :

{address}

L’ouvrir dans votre navigateur ?</translation>
        </message>
    </context>
    <context>
        <name>managed</name>
        <message>
            <source>Set by your organisation</source>
            <translation>Défini par votre organisation</translation>
        </message>
        <message>
            <source>{region} is not allowed on this computer: your organisation allows only {places} ({codes}).</source>
            <translation>{region} n’est pas autorisé sur cet ordinateur : votre organisation n’autorise que {places} ({codes}).</translation>
        </message>
        <message>
            <source>{places} and {place}</source>
            <translation>{places} et {place}</translation>
        </message>
    </context>
    <context>
        <name>markdown_format</name>
        <message>
            <source>Cannot write to {path}: it is a file, not a folder.</source>
            <translation>Impossible d’écrire dans {path} : c’est un fichier, pas un dossier.</translation>
        </message>
    </context>
    <context>
        <name>network</name>
        <message>
            <source>Enter the proxy's address, for example proxy.example.com:8080.</source>
            <translation>Saisissez l’adresse du proxy, par exemple proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>The proxy's port must be a number, as in proxy.example.com:8080.</source>
            <translation>Le port du proxy doit être un nombre, comme dans proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>This is not a proxy address; it looks like proxy.example.com:8080.</source>
            <translation>Ce n’est pas une adresse de proxy ; elle ressemble à proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>Add the proxy's port, as in proxy.example.com:8080.</source>
            <translation>Ajoutez le port du proxy, comme dans proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>The proxy address in Settings is not one pixdesk can use.</source>
            <translation>pixdesk ne peut pas utiliser l’adresse du proxy indiquée dans les paramètres.</translation>
        </message>
        <message>
            <source>Correct it in Settings, under Network.</source>
            <translation>Corrigez-la dans les paramètres, sous Réseau.</translation>
        </message>
    </context>
    <context>
        <name>page_view</name>
        <message>
            <source>Redacted: never sent</source>
            <translation>Caviardé : jamais envoyé</translation>
        </message>
        <message>
            <source>Asked about</source>
            <translation>Question posée</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
    </context>
    <context>
        <name>pickers</name>
        <message>
            <source>Data processed in</source>
            <translation>Données traitées en</translation>
        </message>
        <message>
            <source>Speed and price</source>
            <translation>Vitesse et prix</translation>
        </message>
        <message>
            <source>Region: {region} · inference profile {profile}
Model: {model}</source>
            <translation>Région : {region} · profil d’inférence {profile}
Modèle : {model}</translation>
        </message>
        <message>
            <source>Price: {question} per 1K tokens of question, {answer} per 1K tokens of answer (estimate).</source>
            <translation>Prix : {question} pour 1 000 jetons de question, {answer} pour 1 000 jetons de réponse (estimation).</translation>
        </message>
        <message>
            <source>Standard's price, for comparison: {question} per 1K tokens of question, {answer} per 1K tokens of answer (estimate).</source>
            <translation>Prix Standard, pour comparaison : {question} pour 1 000 jetons de question, {answer} pour 1 000 jetons de réponse (estimation).</translation>
        </message>
    </context>
    <context>
        <name>prepare</name>
        <message>
            <source>whole page, for context</source>
            <translation>page entière, pour le contexte</translation>
        </message>
        <message>
            <source>{name} looks different each time pixdesk reads it, so it cannot be sure where the areas you marked fall.</source>
            <translation>{name} paraît différent à chaque lecture par pixdesk : il ne peut donc pas être sûr de l’emplacement des zones que vous avez marquées.</translation>
        </message>
        <message>
            <source>Open and re-save the file (or take the screenshot again), then try again.</source>
            <translation>Ouvrez et réenregistrez le fichier (ou reprenez la capture d’écran), puis réessayez.</translation>
        </message>
        <message>
            <source>The area to redact must have a width and a height.</source>
            <translation>La zone à noircir doit avoir une largeur et une hauteur.</translation>
        </message>
        <message>
            <source>The area to crop must have a width and a height.</source>
            <translation>La zone à recadrer doit avoir une largeur et une hauteur.</translation>
        </message>
        <message>
            <source>The area to redact starts outside the image ({width}×{height} pixels).</source>
            <translation>La zone à noircir commence en dehors de l’image ({width}×{height} pixels).</translation>
        </message>
        <message>
            <source>The area to crop starts outside the image ({width}×{height} pixels).</source>
            <translation>La zone à recadrer commence en dehors de l’image ({width}×{height} pixels).</translation>
        </message>
    </context>
    <context>
        <name>proxy_settings</name>
        <message>
            <source>Use this computer's settings</source>
            <translation>Utiliser les réglages de cet ordinateur</translation>
        </message>
        <message>
            <source>What your IT team set up for every program; right for most people.</source>
            <translation>Ce que votre équipe informatique a configuré pour tous les programmes ; convient à la plupart des personnes.</translation>
        </message>
        <message>
            <source>Use this proxy</source>
            <translation>Utiliser ce proxy</translation>
        </message>
        <message>
            <source>No proxy</source>
            <translation>Aucun proxy</translation>
        </message>
        <message>
            <source>Connect directly, even where this computer is set to use a proxy.</source>
            <translation>Se connecter directement, même si cet ordinateur est réglé pour utiliser un proxy.</translation>
        </message>
        <message>
            <source>In use now: {what}</source>
            <translation>Utilisé maintenant : {what}</translation>
        </message>
        <message>
            <source>Only if the proxy asks you to sign in</source>
            <translation>Seulement si le proxy vous demande de vous connecter</translation>
        </message>
        <message>
            <source>Kept in your system's keychain, never in a file or in the log.</source>
            <translation>Conservé dans le trousseau de votre système, jamais dans un fichier ni dans le journal.</translation>
        </message>
        <message>
            <source>This computer offers no keychain: it is kept only until pixdesk quits, never in a file.</source>
            <translation>Cet ordinateur n’a pas de trousseau : il n’est conservé que jusqu’à la fermeture de pixdesk, jamais dans un fichier.</translation>
        </message>
        <message>
            <source>Proxy password</source>
            <translation>Mot de passe du proxy</translation>
        </message>
    </context>
    <context>
        <name>quota</name>
        <message>
            <source>This request needs about {tokens} tokens, more than the quota allows ({limit} a minute).</source>
            <translation>Cette requête a besoin d’environ {tokens} jetons, plus que le quota ne le permet ({limit} par minute).</translation>
        </message>
        <message>
            <source>Send fewer or smaller images, or lower the longest answer in Settings; if your account's quota was raised, enter it in Settings.</source>
            <translation>Envoyez moins d’images ou des images plus petites, ou réduisez la réponse la plus longue dans les paramètres ; si le quota de votre compte a été relevé, indiquez-le dans les paramètres.</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
    </context>
    <context>
        <name>region_question</name>
        <message>
            <source>Question about the selected region</source>
            <translation>Question sur la zone sélectionnée</translation>
        </message>
        <message>
            <source>Ask about this region…</source>
            <translation>Question sur cette zone…</translation>
        </message>
        <message>
            <source>Question about the region</source>
            <translation>Question sur la zone</translation>
        </message>
        <message>
            <source>Enter asks; Esc closes this box (the region stays selected)</source>
            <translation>Entrée pose la question ; Échap ferme cette zone de saisie (la zone reste sélectionnée)</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Demander</translation>
        </message>
        <message>
            <source>Ask about the region</source>
            <translation>Poser une question sur la zone</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <source>There is no conversation {number}.</source>
            <translation>Il n’existe aucune conversation {number}.</translation>
        </message>
        <message>
            <source>The report needs the document itself, and {path} cannot be read ({reason}).</source>
            <translation>Le rapport a besoin du document lui-même, et {path} ne peut pas être lu ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>report_export</name>
        <message>
            <source>[image not shown: {description}]</source>
            <translation>[image non affichée : {description}]</translation>
        </message>
        <message>
            <source>[image not shown]</source>
            <translation>[image non affichée]</translation>
        </message>
        <message>
            <source>cannot write {path}</source>
            <translation>impossible d’écrire {path}</translation>
        </message>
        <message>
            <source>{page} of {count}</source>
            <translation>{page} sur {count}</translation>
        </message>
    </context>
    <context>
        <name>request</name>
        <message>
            <source>Temperature</source>
            <translation>Température</translation>
        </message>
        <message>
            <source>Top P</source>
            <translation>Top P</translation>
        </message>
        <message>
            <source>Pixtral Large is not offered from the region “{region}”.</source>
            <translation>Pixtral Large n’est pas proposé depuis la région « {region} ».</translation>
        </message>
        <message>
            <source>Choose one of: {regions}.</source>
            <translation>Choisissez parmi : {regions}.</translation>
        </message>
        <message>
            <source>“{tier}” is not a service tier.</source>
            <translation>« {tier} » n’est pas un niveau de service.</translation>
        </message>
        <message>
            <source>Choose Standard, Priority or Flex.</source>
            <translation>Choisissez Standard, Priority ou Flex.</translation>
        </message>
        <message>
            <source>The answer length must be between 1 and {limit} tokens, not {value}.</source>
            <translation>La longueur de réponse doit être comprise entre 1 et {limit} jetons, et non {value}.</translation>
        </message>
        <message>
            <source>{setting} must be between {low} and {high}, not {value}.</source>
            <translation>{setting} doit être compris entre {low} et {high}, et non {value}.</translation>
        </message>
        <message>
            <source>Type a question first.</source>
            <translation>Saisissez d’abord une question.</translation>
        </message>
        <message>
            <source>The conversation is out of order (questions and answers must alternate).</source>
            <translation>La conversation est dans le désordre (questions et réponses doivent alterner).</translation>
        </message>
        <message>
            <source>Start a new chat.</source>
            <translation>Commencez une nouvelle discussion.</translation>
        </message>
        <message>
            <source>Images can only be part of a question.</source>
            <translation>Les images ne peuvent faire partie que d’une question.</translation>
        </message>
        <message>
            <source>The conversation contains an empty message.</source>
            <translation>La conversation contient un message vide.</translation>
        </message>
        <message>
            <source>Pixtral Large reads at most {limit} images at a time; this question has {count}.</source>
            <translation>Pixtral Large lit au plus {limit} images à la fois ; cette question en a {count}.</translation>
        </message>
        <message>
            <source>Remove some images or start a new chat.</source>
            <translation>Retirez quelques images ou commencez une nouvelle discussion.</translation>
        </message>
        <message>
            <source>An image</source>
            <translation>Une image</translation>
        </message>
        <message>
            <source>{name} is in a format Bedrock does not accept ({format}).</source>
            <translation>{name} est dans un format que Bedrock n’accepte pas ({format}).</translation>
        </message>
        <message>
            <source>{name} is not really a {format} image.</source>
            <translation>{name} n’est pas vraiment une image {format}.</translation>
        </message>
        <message>
            <source>{name} is larger than the {megabytes} MB Bedrock accepts.</source>
            <translation>{name} dépasse les {megabytes} Mo qu’accepte Bedrock.</translation>
        </message>
        <message>
            <source>{name} is larger than {pixels} pixels on a side.</source>
            <translation>{name} dépasse {pixels} pixels sur un côté.</translation>
        </message>
    </context>
    <context>
        <name>retention</name>
        <message>
            <source>Forever</source>
            <translation>Pour toujours</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 an</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older conversation(s) deleted, as Settings ▸ Privacy asks.</source>
            <translation>
                <numerusform>%n conversation plus ancienne supprimée, comme le demandent Paramètres ▸ Confidentialité.</numerusform>
                <numerusform>%n conversations plus anciennes supprimées, comme le demandent Paramètres ▸ Confidentialité.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message>
            <source>A mark must start on the page.</source>
            <translation>Une marque doit commencer sur la page.</translation>
        </message>
    </context>
    <context>
        <name>review_controller</name>
        <message>
            <source>Transcribe all the text on this page, including the fine print.</source>
            <translation>Transcris tout le texte de cette page, y compris les petits caractères.</translation>
        </message>
        <message numerus="yes">
            <source>Page {page} goes to Pixtral Large as %n overlapping tile(s), each at up to full resolution.</source>
            <translation>
                <numerusform>La page {page} part vers Pixtral Large en %n tuile qui se chevauche, chacune jusqu’à la pleine résolution.</numerusform>
                <numerusform>La page {page} part vers Pixtral Large en %n tuiles qui se chevauchent, chacune jusqu’à la pleine résolution.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Page {page} goes to Pixtral Large whole, plus %n close-up(s) of its small print, enlarged only as far as that text needs.</source>
            <translation>
                <numerusform>La page {page} part entière vers Pixtral Large, avec %n gros plan de ses petits caractères, agrandi juste autant que ce texte l’exige.</numerusform>
                <numerusform>La page {page} part entière vers Pixtral Large, avec %n gros plans de ses petits caractères, agrandis juste autant que ce texte l’exige.</numerusform>
            </translation>
        </message>
        <message>
            <source>Page {page} goes to Pixtral Large as it is: all its text is large enough to read at that size.</source>
            <translation>La page {page} part telle quelle vers Pixtral Large : tout son texte est assez grand pour être lu à cette taille.</translation>
        </message>
        <message numerus="yes">
            <source>About {tokens} input tokens, including %n earlier image(s) that go along with the conversation (≈ {cost}, estimate), with the question:

“{question}”</source>
            <translation>
                <numerusform>Environ {tokens} jetons en entrée, dont %n image précédente qui accompagne la conversation (≈ {cost}, estimation), avec la question :

« {question} »</numerusform>
                <numerusform>Environ {tokens} jetons en entrée, dont %n images précédentes qui accompagnent la conversation (≈ {cost}, estimation), avec la question :

« {question} »</numerusform>
            </translation>
        </message>
        <message>
            <source>About {tokens} input tokens (≈ {cost}, estimate), with the question:

“{question}”</source>
            <translation>Environ {tokens} jetons en entrée (≈ {cost}, estimation), avec la question :

« {question} »</translation>
        </message>
        <message>
            <source>Review a document</source>
            <translation>Examiner un document</translation>
        </message>
        <message>
            <source>Scans and documents</source>
            <translation>Numérisations et documents</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
        <message>
            <source>Wait for the answer being written (or stop it with Esc), then open the document.</source>
            <translation>Attendez la fin de la réponse en cours (ou arrêtez-la avec Échap), puis ouvrez le document.</translation>
        </message>
        <message>
            <source>pixdesk could not open {path}: {reason}.</source>
            <translation>pixdesk n’a pas pu ouvrir {path} : {reason}.</translation>
        </message>
        <message>
            <source>{name} cannot be shown: it has been moved, changed or deleted. It was at {path}. Open it again with File ▸ Review a document…</source>
            <translation>{name} ne peut pas être affiché : il a été déplacé, modifié ou supprimé. Il se trouvait dans {path}. Rouvrez-le avec Fichier ▸ Examiner un document…</translation>
        </message>
        <message>
            <source>{name} cannot be shown: it has been moved, changed or deleted. Open it again with File ▸ Review a document…</source>
            <translation>{name} ne peut pas être affiché : il a été déplacé, modifié ou supprimé. Rouvrez-le avec Fichier ▸ Examiner un document…</translation>
        </message>
        <message>
            <source>Redacted: this area is blacked out in everything sent from this page, including images sent earlier when they go along again.</source>
            <translation>Caviardé : cette zone est noircie dans tout ce qui est envoyé depuis cette page, y compris les images envoyées plus tôt quand elles repartent.</translation>
        </message>
        <message>
            <source>Remove the redaction?</source>
            <translation>Retirer le caviardage ?</translation>
        </message>
        <message>
            <source>What it covers will be sent again in questions about this page.</source>
            <translation>Ce qu’il masque sera de nouveau envoyé dans les questions sur cette page.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>{name} — whole document</source>
            <translation>{name} — document entier</translation>
        </message>
        <message>
            <source>{name} — selected region</source>
            <translation>{name} — zone sélectionnée</translation>
        </message>
        <message>
            <source>{name} — page {page}</source>
            <translation>{name} — page {page}</translation>
        </message>
        <message>
            <source>Type your question in the box below first.</source>
            <translation>Tapez d’abord votre question dans la zone ci-dessous.</translation>
        </message>
        <message>
            <source>Wait for the answer being written (or stop it with Esc) first.</source>
            <translation>Attendez d’abord la fin de la réponse en cours (ou arrêtez-la avec Échap).</translation>
        </message>
        <message>
            <source>Read the fine print?</source>
            <translation>Lire les petits caractères ?</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Open a document for review and mark it or ask about it first; then its review report can be exported.</source>
            <translation>Ouvrez d’abord un document à examiner, puis annotez-le ou posez une question dessus ; son rapport d’examen pourra ensuite être exporté.</translation>
        </message>
        <message>
            <source>Export review report</source>
            <translation>Exporter le rapport d’examen</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>Document PDF</translation>
        </message>
        <message>
            <source>Web page, images included</source>
            <translation>Page web, images incluses</translation>
        </message>
        <message>
            <source>Preparing the review report…</source>
            <translation>Préparation du rapport d’examen…</translation>
        </message>
        <message>
            <source>The report could not be written to {path}: {reason}.</source>
            <translation>Le rapport n’a pas pu être écrit dans {path} : {reason}.</translation>
        </message>
        <message>
            <source>Review report saved to {path}.</source>
            <translation>Rapport d’examen enregistré dans {path}.</translation>
        </message>
    </context>
    <context>
        <name>review_dock</name>
        <message>
            <source>&amp;Review a document…</source>
            <translation>E&amp;xaminer un document…</translation>
        </message>
        <message>
            <source>Export review &amp;report…</source>
            <translation>Exporter le &amp;rapport d’examen…</translation>
        </message>
        <message>
            <source>Ask about the &amp;whole document…</source>
            <translation>Interroger sur &amp;tout le document…</translation>
        </message>
    </context>
    <context>
        <name>review_panel</name>
        <message>
            <source>Pan</source>
            <translation>Déplacer</translation>
        </message>
        <message>
            <source>Drag the page; the wheel zooms (Shift+wheel scrolls)</source>
            <translation>Faire glisser la page ; la molette zoome (Maj+molette fait défiler)</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Draw the area to ask about</source>
            <translation>Tracer la zone sur laquelle poser une question</translation>
        </message>
        <message>
            <source>Redact</source>
            <translation>Caviarder</translation>
        </message>
        <message>
            <source>Black out an area: it is never sent, in this or any later question</source>
            <translation>Noircir une zone : elle n’est jamais envoyée, ni dans cette question ni dans les suivantes</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Draw a box with a note</source>
            <translation>Tracer un cadre avec une note</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Épingle</translation>
        </message>
        <message>
            <source>Click to pin a note to a spot</source>
            <translation>Cliquer pour épingler une note à un endroit</translation>
        </message>
        <message>
            <source>Redaction</source>
            <translation>Caviardage</translation>
        </message>
        <message>
            <source>Asked about</source>
            <translation>Question posée</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rouge</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Bleu</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Vert</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Violet</translation>
        </message>
        <message>
            <source>Document review</source>
            <translation>Examen du document</translation>
        </message>
        <message>
            <source>Page </source>
            <translation>Page </translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Page précédente</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Page précédente (Page préc.)</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Page suivante</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Page suivante (Page suiv.)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <source>The whole page</source>
            <translation>La page entière</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>Taille réelle</translation>
        </message>
        <message>
            <source>One page pixel to one screen pixel</source>
            <translation>Un pixel de la page par pixel d’écran</translation>
        </message>
        <message>
            <source>Report…</source>
            <translation>Rapport…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Export the review — pages with their marks, questions and answers — as PDF or a web page</source>
            <translation>Exporter l’examen — pages avec leurs marques, questions et réponses — en PDF ou en page web</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the document</source>
            <translation>Fermer le document</translation>
        </message>
        <message>
            <source>Close the document (its marks are kept)</source>
            <translation>Fermer le document (ses marques sont conservées)</translation>
        </message>
        <message>
            <source>{tool} tool</source>
            <translation>Outil « {tool} »</translation>
        </message>
        <message>
            <source>Ask about this region</source>
            <translation>Demander à propos de cette zone</translation>
        </message>
        <message>
            <source>Sends the area at full resolution, with your question from the box below</source>
            <translation>Envoie la zone en pleine résolution, avec votre question de la zone de saisie ci-dessous</translation>
        </message>
        <message>
            <source>with the whole page, small</source>
            <translation>avec la page entière, en petit</translation>
        </message>
        <message>
            <source>So the model knows where on the page the area is (about 1,100 tokens more)</source>
            <translation>Pour que le modèle sache où se trouve la zone sur la page (environ 1 100 jetons de plus)</translation>
        </message>
        <message>
            <source>Read the fine print…</source>
            <translation>Lire les petits caractères…</translation>
        </message>
        <message>
            <source>Send the page once, plus close-ups of its smallest text, enlarged only as far as that text needs; the cost is shown before anything is sent</source>
            <translation>Envoyer la page une fois, avec des gros plans de son plus petit texte, agrandis juste autant que ce texte l’exige ; le coût s’affiche avant tout envoi</translation>
        </message>
        <message>
            <source>Ask about the whole document…</source>
            <translation>Interroger sur tout le document…</translation>
        </message>
        <message>
            <source>Your next question goes with every page; how many requests it takes and its cost are shown before anything is sent</source>
            <translation>Votre prochaine question part avec chaque page ; le nombre de requêtes et le coût s’affichent avant tout envoi</translation>
        </message>
        <message>
            <source>What the model sees</source>
            <translation>Ce que voit le modèle</translation>
        </message>
        <message>
            <source>Exactly what would be sent: the region (or the page), redactions burned in</source>
            <translation>Exactement ce qui serait envoyé : la zone (ou la page), caviardages intégrés</translation>
        </message>
        <message>
            <source>Marks on this document</source>
            <translation>Marques sur ce document</translation>
        </message>
        <message>
            <source>Note for the selected mark</source>
            <translation>Note de la marque sélectionnée</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected mark</source>
            <translation>Supprimer la marque sélectionnée</translation>
        </message>
        <message>
            <source> of {count}</source>
            <translation> sur {count}</translation>
        </message>
        <message>
            <source>{kind} · page {page}</source>
            <translation>{kind} · page {page}</translation>
        </message>
        <message>
            <source>No document open</source>
            <translation>Aucun document ouvert</translation>
        </message>
        <message>
            <source>Page {page} of {count}</source>
            <translation>Page {page} sur {count}</translation>
        </message>
        <message numerus="yes">
            <source>%n redaction(s)</source>
            <translation>
                <numerusform>%n caviardage</numerusform>
                <numerusform>%n caviardages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n area(s) asked about</source>
            <translation>
                <numerusform>%n zone interrogée</numerusform>
                <numerusform>%n zones interrogées</numerusform>
            </translation>
        </message>
        <message>
            <source>The page. Choose a tool, then draw with the mouse, or with the keyboard: arrow keys move the box, Shift+arrow keys size it, Enter draws it, Esc cancels.</source>
            <translation>La page. Choisissez un outil, puis dessinez à la souris ou au clavier : les flèches déplacent le cadre, Maj+flèches le redimensionnent, Entrée le trace, Échap annule.</translation>
        </message>
    </context>
    <context>
        <name>saved_redactions</name>
        <message numerus="yes">
            <source>%n saved redaction(s) applied to {name}</source>
            <translation>
                <numerusform>%n caviardage enregistré appliqué à {name}</numerusform>
                <numerusform>%n caviardages enregistrés appliqués à {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved redaction(s) applied</source>
            <translation>
                <numerusform>%n caviardage enregistré appliqué</numerusform>
                <numerusform>%n caviardages enregistrés appliqués</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the file has %n page(s)</source>
            <translation>
                <numerusform>le fichier a %n page</numerusform>
                <numerusform>le fichier a %n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>a saved redaction of {name} on pages {pages} is ignored: {has}</source>
            <translation>un caviardage enregistré de {name} sur les pages {pages} est ignoré : {has}</translation>
        </message>
        <message>
            <source>a saved redaction of {name} on page {pages} is ignored: {has}</source>
            <translation>un caviardage enregistré de {name} sur la page {pages} est ignoré : {has}</translation>
        </message>
        <message numerus="yes">
            <source>%n saved redaction(s) of {name} start off page {page} and were ignored</source>
            <translation>
                <numerusform>%n caviardage enregistré de {name} commence hors de la page {page} et a été ignoré</numerusform>
                <numerusform>%n caviardages enregistrés de {name} commencent hors de la page {page} et ont été ignorés</numerusform>
            </translation>
        </message>
        <message>
            <source>pixdesk could not read the redactions saved in its history, so it cannot tell what must be blacked out.</source>
            <translation>pixdesk n’a pas pu lire les caviardages enregistrés dans son historique : il ne peut donc pas savoir ce qui doit être noirci.</translation>
        </message>
        <message>
            <source>Try again; or, if you are sure nothing in these files was redacted, add --no-saved-redactions.</source>
            <translation>Réessayez ; ou, si vous êtes sûr que rien n’a été caviardé dans ces fichiers, ajoutez --no-saved-redactions.</translation>
        </message>
    </context>
    <context>
        <name>sent_text</name>
        <message>
            <source>What was sent</source>
            <translation>Ce qui a été envoyé</translation>
        </message>
        <message>
            <source>The question exactly as pixdesk sent it to {model}, with the instructions it added for the model. The conversation shows it in short.</source>
            <translation>La question exactement telle que pixdesk l’a envoyée à {model}, avec les instructions ajoutées pour le modèle. La conversation l’affiche en abrégé.</translation>
        </message>
        <message>
            <source>Question as sent</source>
            <translation>Question telle qu’envoyée</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy the question as sent</source>
            <translation>Copier la question telle qu’envoyée</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Company AWS sign-in</source>
            <translation>Connexion AWS de l’entreprise</translation>
        </message>
        <message>
            <source>The sign-in your IT team set up on this computer. Leave it empty to use the one this computer already uses.</source>
            <translation>La connexion que votre équipe informatique a configurée sur cet ordinateur. Laissez vide pour utiliser celle que cet ordinateur utilise déjà.</translation>
        </message>
        <message>
            <source>Company sign-in page</source>
            <translation>Page de connexion de l’entreprise</translation>
        </message>
        <message>
            <source>The web address where you sign in with your company account, if your IT team gave you one. Leave it empty if you do not sign in through a web page.</source>
            <translation>L’adresse web où vous vous connectez avec votre compte d’entreprise, si votre équipe informatique vous en a donné une. Laissez vide si vous ne vous connectez pas par une page web.</translation>
        </message>
        <message>
            <source>Where your data is processed</source>
            <translation>Où vos données sont traitées</translation>
        </message>
        <message>
            <source>Your questions and images are processed in this part of the world: the United States or Europe.</source>
            <translation>Vos questions et images sont traitées dans cette partie du monde : les États-Unis ou l’Europe.</translation>
        </message>
        <message>
            <source>Speed and price</source>
            <translation>Vitesse et prix</translation>
        </message>
        <message>
            <source>Standard costs about ${input_price} per 1,000 tokens read and ${output_price} per 1,000 written (an estimate); Priority answers sooner when Bedrock is busy and costs more; Flex costs less but may wait.</source>
            <translation>Standard coûte environ {input_price} $ pour 1 000 jetons lus et {output_price} $ pour 1 000 écrits (estimation) ; Prioritaire répond plus vite quand Bedrock est chargé et coûte plus cher ; Flex coûte moins cher mais peut attendre.</translation>
        </message>
        <message>
            <source>Instructions for every answer</source>
            <translation>Instructions pour chaque réponse</translation>
        </message>
        <message>
            <source>Pixtral Large follows these in every conversation, for example “Answer in French” or “Be brief”.</source>
            <translation>Pixtral Large les suit dans chaque conversation, par exemple « Réponds en anglais » ou « Sois bref ».</translation>
        </message>
        <message>
            <source>Variety of answers</source>
            <translation>Variété des réponses</translation>
        </message>
        <message>
            <source>0 gives the most predictable answers; 1 the most varied.</source>
            <translation>0 donne les réponses les plus prévisibles ; 1 les plus variées.</translation>
        </message>
        <message>
            <source>Longest answer (tokens)</source>
            <translation>Réponse la plus longue (jetons)</translation>
        </message>
        <message>
            <source>Answers stop at this length; 1,000 tokens are about 750 words.</source>
            <translation>Les réponses s’arrêtent à cette longueur ; 1 000 jetons font environ 750 mots.</translation>
        </message>
        <message>
            <source>Questions a minute</source>
            <translation>Questions par minute</translation>
        </message>
        <message>
            <source>How many questions your AWS account may ask Pixtral Large each minute; pixdesk waits rather than go over. Change it only if your AWS admin raised the limit.</source>
            <translation>Le nombre de questions que votre compte AWS peut poser à Pixtral Large chaque minute ; pixdesk attend plutôt que de le dépasser. Ne le changez que si votre administrateur AWS a relevé la limite.</translation>
        </message>
        <message>
            <source>Tokens a minute</source>
            <translation>Jetons par minute</translation>
        </message>
        <message>
            <source>How much text and images your account may send and receive each minute (a word is about 1.3 tokens, a full screenshot about 4,000).</source>
            <translation>La quantité de texte et d’images que votre compte peut envoyer et recevoir chaque minute (un mot fait environ 1,3 jeton, une capture d’écran entière environ 4 000).</translation>
        </message>
        <message>
            <source>Tokens a day</source>
            <translation>Jetons par jour</translation>
        </message>
        <message>
            <source>The same, for a whole day.</source>
            <translation>La même chose, pour une journée entière.</translation>
        </message>
        <message>
            <source>Image detail sent</source>
            <translation>Détail des images envoyées</translation>
        </message>
        <message>
            <source>Model resolution is what Pixtral Large sees ({side}×{side}): smaller and faster. Original sends every pixel, up to Bedrock's limits, and takes longer.</source>
            <translation>La résolution du modèle est ce que voit Pixtral Large ({side}×{side}) : plus petit et plus rapide. Original envoie chaque pixel, dans les limites de Bedrock, et prend plus de temps.</translation>
        </message>
        <message>
            <source>Keep pixdesk in the tray when the window is closed</source>
            <translation>Garder pixdesk dans la zone de notification quand la fenêtre est fermée</translation>
        </message>
        <message>
            <source>Closing the window leaves pixdesk running, with its icon beside the clock: the capture shortcut and the icon's menu keep working. Choose Quit in that menu to end pixdesk.</source>
            <translation>Fermer la fenêtre laisse pixdesk ouvert, avec son icône près de l’horloge : le raccourci de capture et le menu de l’icône restent disponibles. Choisissez Quitter dans ce menu pour fermer pixdesk.</translation>
        </message>
        <message>
            <source>Capture shortcut</source>
            <translation>Raccourci de capture</translation>
        </message>
        <message>
            <source>Press it in any program to capture part of the screen and ask about it. In the pixdesk window, {shortcut} works too. Clear it to turn it off.</source>
            <translation>Appuyez dessus dans n’importe quel programme pour capturer une partie de l’écran et poser une question dessus. Dans la fenêtre de pixdesk, {shortcut} fonctionne aussi. Effacez-le pour le désactiver.</translation>
        </message>
        <message>
            <source>Offer screenshots copied to the clipboard</source>
            <translation>Proposer les captures d’écran copiées dans le presse-papiers</translation>
        </message>
        <message>
            <source>When you copy a screenshot in another program, pixdesk quietly offers to attach it. Nothing is sent until you ask your question.</source>
            <translation>Quand vous copiez une capture d’écran dans un autre programme, pixdesk propose discrètement de la joindre. Rien n’est envoyé avant que vous posiez votre question.</translation>
        </message>
        <message>
            <source>Proxy server</source>
            <translation>Serveur proxy</translation>
        </message>
        <message>
            <source>Most computers at work are already set up: keep “Use this computer's settings” unless your IT team gives you a proxy address for pixdesk.</source>
            <translation>La plupart des ordinateurs professionnels sont déjà configurés : gardez « Utiliser les réglages de cet ordinateur » sauf si votre équipe informatique vous donne une adresse de proxy pour pixdesk.</translation>
        </message>
        <message>
            <source>Proxy address</source>
            <translation>Adresse du proxy</translation>
        </message>
        <message>
            <source>The address your IT team gave you, for example proxy.example.com:8080.</source>
            <translation>L’adresse donnée par votre équipe informatique, par exemple proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>Proxy user name</source>
            <translation>Nom d’utilisateur du proxy</translation>
        </message>
        <message>
            <source>Only if the proxy asks you to sign in; otherwise leave it empty.</source>
            <translation>Seulement si le proxy vous demande de vous connecter ; sinon, laissez vide.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The language of pixdesk's window. “Same as this computer” follows your system's language. A change shows the next time pixdesk starts.</source>
            <translation>La langue de la fenêtre de pixdesk. « Comme cet ordinateur » suit la langue de votre système. Un changement s’applique au prochain démarrage de pixdesk.</translation>
        </message>
        <message>
            <source>Keep conversations for</source>
            <translation>Conserver les conversations pendant</translation>
        </message>
        <message>
            <source>A conversation nothing was asked in for longer than this is deleted from this computer, with its images, when pixdesk starts and as soon as you save a shorter time.</source>
            <translation>Une conversation dans laquelle rien n’a été demandé depuis plus longtemps que cette durée est supprimée de cet ordinateur, avec ses images, au démarrage de pixdesk et dès que vous enregistrez une durée plus courte.</translation>
        </message>
        <message>
            <source>Tell me when a new version of pixdesk is available</source>
            <translation>Me prévenir quand une nouvelle version de pixdesk est disponible</translation>
        </message>
        <message>
            <source>Once a day pixdesk looks at its release page and tells you when there is a newer version. It never downloads or installs anything by itself.</source>
            <translation>Une fois par jour, pixdesk consulte sa page de versions et vous signale s’il en existe une plus récente. Il ne télécharge ni n’installe jamais rien de lui-même.</translation>
        </message>
    </context>
    <context>
        <name>settings_dialog</name>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <source>Capture</source>
            <translation>Capture</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Quota</translation>
        </message>
        <message>
            <source>Model resolution ({side}×{side}, what Pixtral sees)</source>
            <translation>Résolution du modèle ({side}×{side}, ce que voit Pixtral)</translation>
        </message>
        <message>
            <source>Original, up to Bedrock's limits</source>
            <translation>Originale, dans les limites de Bedrock</translation>
        </message>
        <message>
            <source>Same as this computer</source>
            <translation>Comme cet ordinateur</translation>
        </message>
        <message>
            <source>pixdesk signs in to Amazon Bedrock with your company's AWS sign-in, or with an API key your AWS admin gives you. Not sure which? Ask your IT team.</source>
            <translation>pixdesk se connecte à Amazon Bedrock avec la connexion AWS de votre entreprise, ou avec une clé d’API fournie par votre administrateur AWS. Vous ne savez pas laquelle ? Demandez à votre équipe informatique.</translation>
        </message>
        <message>
            <source>Capture part of the screen and ask about it without switching to pixdesk first.</source>
            <translation>Capturez une partie de l’écran et posez une question dessus sans passer d’abord par pixdesk.</translation>
        </message>
        <message>
            <source>How pixdesk reaches Amazon Bedrock from this computer. Change this only if pixdesk cannot connect at work and your IT team tells you what to choose.</source>
            <translation>Comment pixdesk joint Amazon Bedrock depuis cet ordinateur. Ne changez cela que si pixdesk ne parvient pas à se connecter au travail et que votre équipe informatique vous dit quoi choisir.</translation>
        </message>
        <message>
            <source>Your AWS account's limits for Pixtral Large. pixdesk paces its questions so it never goes over them. The numbers here are Bedrock's defaults; change them only if your AWS admin raised a limit.</source>
            <translation>Les limites de votre compte AWS pour Pixtral Large. pixdesk espace ses questions pour ne jamais les dépasser. Les valeurs ici sont celles de Bedrock par défaut ; ne les changez que si votre administrateur AWS a relevé une limite.</translation>
        </message>
        <message>
            <source>pixdesk settings</source>
            <translation>Paramètres de pixdesk</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <translation>Sections des paramètres</translation>
        </message>
        <message>
            <source>Your organisation allows only {places}.</source>
            <translation>Votre organisation n’autorise que {places}.</translation>
        </message>
        <message>
            <source>Sign in with your company's AWS access…</source>
            <translation>Se connecter avec l’accès AWS de votre entreprise…</translation>
        </message>
        <message>
            <source>AWS IAM Identity Center (AWS SSO) sign-in.</source>
            <translation>Connexion via AWS IAM Identity Center (AWS SSO).</translation>
        </message>
        <message>
            <source>Set by your organisation</source>
            <translation>Défini par votre organisation</translation>
        </message>
        <message>
            <source>Opens your company's sign-in page in your browser, then adds that sign-in to the list above.</source>
            <translation>Ouvre la page de connexion de votre entreprise dans votre navigateur, puis ajoute cette connexion à la liste ci-dessus.</translation>
        </message>
        <message>
            <source>Only if you were given an API key</source>
            <translation>Seulement si l’on vous a donné une clé d’API</translation>
        </message>
        <message>
            <source>Kept in your system's keychain.</source>
            <translation>Conservée dans le trousseau de votre système.</translation>
        </message>
        <message>
            <source>This computer offers no keychain: the key is kept only until pixdesk quits, never in a file.</source>
            <translation>Cet ordinateur n’a pas de trousseau : la clé n’est conservée que jusqu’à la fermeture de pixdesk, jamais dans un fichier.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clé d’API</translation>
        </message>
        <message>
            <source>An Amazon Bedrock API key; when there is one, pixdesk uses it instead of the company sign-in. {where}</source>
            <translation>Une clé d’API Amazon Bedrock ; s’il y en a une, pixdesk l’utilise à la place de la connexion de l’entreprise. {where}</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <source>Asks Pixtral Large one word with the choices on screen now.</source>
            <translation>Demande un mot à Pixtral Large avec les choix affichés maintenant.</translation>
        </message>
        <message>
            <source>Connection not tested yet</source>
            <translation>Connexion pas encore testée</translation>
        </message>
        <message>
            <source>Tries the choices on screen now, before you save them.</source>
            <translation>Essaie les choix affichés maintenant, avant que vous les enregistriez.</translation>
        </message>
        <message>
            <source>Your conversations, with their images and reviewed documents, are kept on this computer only, so that you can find them again in the history. Delete a conversation to remove it.</source>
            <translation>Vos conversations, avec leurs images et documents examinés, sont conservées uniquement sur cet ordinateur, pour que vous les retrouviez dans l’historique. Supprimez une conversation pour l’effacer.</translation>
        </message>
        <message>
            <source>Conversations are not kept: nothing is saved on this computer after pixdesk closes.</source>
            <translation>Les conversations ne sont pas conservées : rien n’est enregistré sur cet ordinateur après la fermeture de pixdesk.</translation>
        </message>
        <message>
            <source>What stays on this computer</source>
            <translation>Ce qui reste sur cet ordinateur</translation>
        </message>
        <message>
            <source>What is sent</source>
            <translation>Ce qui est envoyé</translation>
        </message>
        <message>
            <source>Your questions and the images you attach go to Amazon Bedrock in your AWS account, processed where you chose under Answers, and nowhere else.</source>
            <translation>Vos questions et les images jointes vont à Amazon Bedrock dans votre compte AWS, sont traitées là où vous l’avez choisi sous Réponses, et nulle part ailleurs.</translation>
        </message>
        <message>
            <source>Your API key</source>
            <translation>Votre clé d’API</translation>
        </message>
        <message>
            <source>Kept in your system's keychain, never in a file or in the log.</source>
            <translation>Conservée dans le trousseau de votre système, jamais dans un fichier ni dans le journal.</translation>
        </message>
        <message>
            <source>Kept only until pixdesk quits (this computer offers no keychain), never in a file or in the log.</source>
            <translation>Conservée uniquement jusqu’à la fermeture de pixdesk (cet ordinateur n’a pas de trousseau), jamais dans un fichier ni dans le journal.</translation>
        </message>
        <message>
            <source>The one this computer already uses</source>
            <translation>Celle que cet ordinateur utilise déjà</translation>
        </message>
    </context>
    <context>
        <name>settings_flow</name>
        <message>
            <source>No keychain on this computer: the API key is kept only until pixdesk quits.</source>
            <translation>Pas de trousseau sur cet ordinateur : la clé d’API n’est conservée que jusqu’à la fermeture de pixdesk.</translation>
        </message>
        <message>
            <source>No keychain on this computer: the proxy password is kept only until pixdesk quits.</source>
            <translation>Pas de trousseau sur cet ordinateur : le mot de passe du proxy n’est conservé que jusqu’à la fermeture de pixdesk.</translation>
        </message>
        <message>
            <source>Asking Pixtral Large…</source>
            <translation>Question posée à Pixtral Large…</translation>
        </message>
    </context>
    <context>
        <name>sign_in_status</name>
        <message>
            <source>Checking sign-in…</source>
            <translation>Vérification de la connexion…</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Click to change how pixdesk signs in.</source>
            <translation>Cliquez pour changer la façon dont pixdesk se connecte.</translation>
        </message>
        <message>
            <source>{problem} Your question is kept — connect, then press Retry.</source>
            <translation>{problem} Votre question est conservée — connectez-vous, puis cliquez sur Réessayer.</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Se reconnecter</translation>
        </message>
    </context>
    <context>
        <name>small_print</name>
        <message>
            <source>Reading the small print of {name} takes {images} images, more than the {limit} Pixtral Large reads at a time, so it goes as it is. To read it, open it with File ▸ Review a document… and ask about the area that holds the small print.</source>
            <translation>Lire les petits caractères de {name} demande {images} images, plus que les {limit} que Pixtral Large lit à la fois : le fichier part donc tel quel. Pour les lire, ouvrez-le avec Fichier ▸ Examiner un document… et posez une question sur la zone qui contient les petits caractères.</translation>
        </message>
        <message numerus="yes">
            <source>%n other image(s)</source>
            <translation>
                <numerusform>%n autre image</numerusform>
                <numerusform>%n autres images</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the small print of {name} takes {images} images; with the {others} here that is more than the {limit} Pixtral Large reads at a time. Remove some images, then choose Read it again.</source>
            <translation>Lire les petits caractères de {name} demande {images} images ; avec {others} déjà là, cela dépasse les {limit} que Pixtral Large lit à la fois. Retirez quelques images, puis choisissez de nouveau Le lire.</translation>
        </message>
    </context>
    <context>
        <name>small_print_notice</name>
        <message>
            <source>This page has small print (about {height} px high) that will be unreadable at this size</source>
            <translation>Cette page contient des petits caractères (environ {height} px de haut) qui seront illisibles à cette taille</translation>
        </message>
        <message>
            <source>As Pixtral Large sees the whole page, its smallest text is about {height} pixels high; under {legible} it is not reliably read. “Read the fine print…” sends the page with close-ups of that text (about {tokens} tokens more).</source>
            <translation>Telle que Pixtral Large voit la page entière, son plus petit texte fait environ {height} pixels de haut ; en dessous de {legible}, il n’est pas lu de façon fiable. « Lire les petits caractères… » envoie la page avec des gros plans de ce texte (environ {tokens} jetons de plus).</translation>
        </message>
    </context>
    <context>
        <name>sources</name>
        <message>
            <source>{name} is {width}×{height} pixels, too large to open safely.</source>
            <translation>{name} fait {width}×{height} pixels : trop grand pour être ouvert sans risque.</translation>
        </message>
        <message>
            <source>Use a smaller image (at most about 64 megapixels).</source>
            <translation>Utilisez une image plus petite (environ 64 mégapixels au plus).</translation>
        </message>
        <message>
            <source>{name} has no page {page} (it has {count}).</source>
            <translation>{name} n’a pas de page {page} (il en a {count}).</translation>
        </message>
        <message>
            <source>{name} is animated; only its first frame is sent.</source>
            <translation>{name} est animé ; seule sa première image est envoyée.</translation>
        </message>
        <message>
            <source>{name} is damaged and cannot be read completely.</source>
            <translation>{name} est endommagé et ne peut pas être lu entièrement.</translation>
        </message>
        <message>
            <source>Open and re-save it, or take the screenshot again.</source>
            <translation>Ouvrez-le et réenregistrez-le, ou reprenez la capture d’écran.</translation>
        </message>
        <message>
            <source>{name} could not be turned upright reliably.</source>
            <translation>{name} n’a pas pu être redressé de façon fiable.</translation>
        </message>
        <message>
            <source>{name} is a PDF with no pages.</source>
            <translation>{name} est un PDF sans pages.</translation>
        </message>
        <message>
            <source>{name} has a page ({page}) that cannot be drawn.</source>
            <translation>{name} a une page ({page}) qui ne peut pas être affichée.</translation>
        </message>
        <message>
            <source>The file {name} does not exist.</source>
            <translation>Le fichier {name} n’existe pas.</translation>
        </message>
        <message>
            <source>Check the path and try again.</source>
            <translation>Vérifiez le chemin et réessayez.</translation>
        </message>
        <message>
            <source>{name} is a folder, not an image.</source>
            <translation>{name} est un dossier, pas une image.</translation>
        </message>
        <message>
            <source>pixdesk is not allowed to read {name}.</source>
            <translation>pixdesk n’est pas autorisé à lire {name}.</translation>
        </message>
        <message>
            <source>Check the file's permissions.</source>
            <translation>Vérifiez les autorisations du fichier.</translation>
        </message>
        <message>
            <source>{name} could not be read.</source>
            <translation>{name} n’a pas pu être lu.</translation>
        </message>
        <message>
            <source>{name} is {size} MB, larger than pixdesk opens ({limit} MB).</source>
            <translation>{name} fait {size} Mo, plus que ce qu’ouvre pixdesk ({limit} Mo).</translation>
        </message>
        <message>
            <source>Use a smaller file.</source>
            <translation>Utilisez un fichier plus petit.</translation>
        </message>
        <message>
            <source>Use a smaller image.</source>
            <translation>Utilisez une image plus petite.</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} est vide.</translation>
        </message>
        <message>
            <source>{name} is an SVG drawing, which pixdesk cannot send.</source>
            <translation>{name} est un dessin SVG, que pixdesk ne peut pas envoyer.</translation>
        </message>
        <message>
            <source>Export it as PNG first, or take a screenshot of it.</source>
            <translation>Exportez-le d’abord en PNG, ou faites-en une capture d’écran.</translation>
        </message>
        <message>
            <source>{name} is not an image pixdesk can read.</source>
            <translation>{name} n’est pas une image que pixdesk sait lire.</translation>
        </message>
        <message>
            <source>pixdesk reads PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC and PDF files.</source>
            <translation>pixdesk lit les fichiers PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC et PDF.</translation>
        </message>
        <message>
            <source>{name} looks like a {format} file but is damaged.</source>
            <translation>{name} ressemble à un fichier {format} mais est endommagé.</translation>
        </message>
        <message>
            <source>{name} is a password-protected PDF.</source>
            <translation>{name} est un PDF protégé par mot de passe.</translation>
        </message>
        <message>
            <source>Open it, remove the password (or print it to a new PDF), and try again.</source>
            <translation>Ouvrez-le, retirez le mot de passe (ou imprimez-le dans un nouveau PDF), puis réessayez.</translation>
        </message>
        <message>
            <source>{name} is a damaged PDF that cannot be opened.</source>
            <translation>{name} est un PDF endommagé qui ne peut pas être ouvert.</translation>
        </message>
    </context>
    <context>
        <name>sso</name>
        <message>
            <source>Start the sign-in again.</source>
            <translation>Recommencez la connexion.</translation>
        </message>
        <message>
            <source>That does not look like a sign-in page address.</source>
            <translation>Cela ne ressemble pas à l’adresse d’une page de connexion.</translation>
        </message>
        <message>
            <source>Paste the address your IT team gave you; it starts with https:// (for example https://your-company.awsapps.com/start).</source>
            <translation>Collez l’adresse que votre équipe informatique vous a donnée ; elle commence par https:// (par exemple https://your-company.awsapps.com/start).</translation>
        </message>
        <message>
            <source>The sign-in in the browser took too long.</source>
            <translation>La connexion dans le navigateur a pris trop de temps.</translation>
        </message>
        <message>
            <source>The sign-in was declined in the browser.</source>
            <translation>La connexion a été refusée dans le navigateur.</translation>
        </message>
        <message>
            <source>If you did not decline it, ask your IT team whether you may use AWS.</source>
            <translation>Si vous ne l’avez pas refusée, demandez à votre équipe informatique si vous pouvez utiliser AWS.</translation>
        </message>
        <message>
            <source>The sign-in code expired before it was used.</source>
            <translation>Le code de connexion a expiré avant d’être utilisé.</translation>
        </message>
        <message>
            <source>pixdesk could not find that sign-in page.</source>
            <translation>pixdesk n’a pas trouvé cette page de connexion.</translation>
        </message>
        <message>
            <source>Check the address and the region with your IT team, then try again.</source>
            <translation>Vérifiez l’adresse et la région avec votre équipe informatique, puis réessayez.</translation>
        </message>
        <message>
            <source>The sign-in is no longer valid.</source>
            <translation>La connexion n’est plus valide.</translation>
        </message>
        <message>
            <source>AWS sign-in is busy.</source>
            <translation>La connexion AWS est surchargée.</translation>
        </message>
        <message>
            <source>Wait a minute, then try again.</source>
            <translation>Patientez une minute, puis réessayez.</translation>
        </message>
        <message>
            <source>AWS sign-in did not work this time.</source>
            <translation>La connexion AWS n’a pas fonctionné cette fois.</translation>
        </message>
        <message>
            <source>Try again in a moment.</source>
            <translation>Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>AWS sign-in</source>
            <translation>la connexion AWS</translation>
        </message>
        <message>
            <source>pixdesk could not reach AWS sign-in.</source>
            <translation>pixdesk n’a pas pu joindre la connexion AWS.</translation>
        </message>
        <message>
            <source>Check the internet connection and the region your IT team gave you, then try again.</source>
            <translation>Vérifiez la connexion Internet et la région que votre équipe informatique vous a donnée, puis réessayez.</translation>
        </message>
        <message>
            <source>“{region}” is not an AWS region.</source>
            <translation>« {region} » n’est pas une région AWS.</translation>
        </message>
        <message>
            <source>Choose a region.</source>
            <translation>Choisissez une région.</translation>
        </message>
    </context>
    <context>
        <name>sso_sign_in</name>
        <message>
            <source>Signed in with your company's AWS access.</source>
            <translation>Connecté avec l’accès AWS de votre entreprise.</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Se reconnecter</translation>
        </message>
        <message>
            <source>Sign in with your company's AWS access</source>
            <translation>Se connecter avec l’accès AWS de votre entreprise</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Your IT team gives you the address of your company's AWS sign-in page and its region. pixdesk opens that page in your browser; you sign in there as you usually do.</source>
            <translation>Votre équipe informatique vous donne l’adresse de la page de connexion AWS de votre entreprise et sa région. pixdesk ouvre cette page dans votre navigateur ; vous vous y connectez comme d’habitude.</translation>
        </message>
        <message>
            <source>The AWS access portal URL (IAM Identity Center start URL, sso_start_url).</source>
            <translation>L’URL du portail d’accès AWS (URL de démarrage d’IAM Identity Center, sso_start_url).</translation>
        </message>
        <message>
            <source>Sign-in page address</source>
            <translation>Adresse de la page de connexion</translation>
        </message>
        <message>
            <source>The IAM Identity Center region (sso_region). It may differ from where Bedrock runs.</source>
            <translation>La région d’IAM Identity Center (sso_region). Elle peut différer de celle où Bedrock s’exécute.</translation>
        </message>
        <message>
            <source>Sign-in region</source>
            <translation>Région de connexion</translation>
        </message>
        <message>
            <source>The region your IT team named with the address.</source>
            <translation>La région indiquée par votre équipe informatique avec l’adresse.</translation>
        </message>
        <message>
            <source>Finish signing in in your browser</source>
            <translation>Terminez la connexion dans votre navigateur</translation>
        </message>
        <message>
            <source>Copy code</source>
            <translation>Copier le code</translation>
        </message>
        <message>
            <source>Waiting for the sign-in</source>
            <translation>En attente de la connexion</translation>
        </message>
        <message>
            <source>Open the sign-in page again</source>
            <translation>Rouvrir la page de connexion</translation>
        </message>
        <message>
            <source>Use a code instead</source>
            <translation>Utiliser plutôt un code</translation>
        </message>
        <message>
            <source>For when the browser is on another device (the OAuth device authorization grant).</source>
            <translation>Quand le navigateur est sur un autre appareil (OAuth device authorization grant).</translation>
        </message>
        <message>
            <source>Choose the AWS account and role</source>
            <translation>Choisissez le compte AWS et le rôle</translation>
        </message>
        <message>
            <source>You are signed in. Choose what pixdesk works as; your IT team can tell you which.</source>
            <translation>Vous êtes connecté. Choisissez en tant que quoi pixdesk travaille ; votre équipe informatique peut vous dire lequel.</translation>
        </message>
        <message>
            <source>AWS accounts and roles</source>
            <translation>Comptes et rôles AWS</translation>
        </message>
        <message>
            <source>AWS account and IAM Identity Center permission set (sso_account_id, sso_role_name).</source>
            <translation>Compte AWS et ensemble d’autorisations IAM Identity Center (sso_account_id, sso_role_name).</translation>
        </message>
        <message>
            <source>pixdesk saves this sign-in in your AWS settings, so the AWS command line tools can use it too.</source>
            <translation>pixdesk enregistre cette connexion dans vos réglages AWS, pour que les outils en ligne de commande AWS puissent aussi l’utiliser.</translation>
        </message>
        <message>
            <source>Continue in browser</source>
            <translation>Continuer dans le navigateur</translation>
        </message>
        <message>
            <source>Use this account</source>
            <translation>Utiliser ce compte</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Contacting your sign-in page…</source>
            <translation>Contact de votre page de connexion…</translation>
        </message>
        <message>
            <source>Finding your AWS accounts…</source>
            <translation>Recherche de vos comptes AWS…</translation>
        </message>
        <message>
            <source>On this computer or any other device, open this address and enter the code below. pixdesk carries on by itself once you have signed in.</source>
            <translation>Sur cet ordinateur ou un autre appareil, ouvrez cette adresse et saisissez le code ci-dessous. pixdesk continue tout seul une fois que vous êtes connecté.</translation>
        </message>
        <message>
            <source>Waiting for you to enter the code…</source>
            <translation>En attente de la saisie du code…</translation>
        </message>
        <message>
            <source>pixdesk opened your company's sign-in page in your browser. Sign in there, then allow pixdesk; this window carries on by itself.</source>
            <translation>pixdesk a ouvert la page de connexion de votre entreprise dans votre navigateur. Connectez-vous-y, puis autorisez pixdesk ; cette fenêtre continue toute seule.</translation>
        </message>
        <message>
            <source>Waiting for you to sign in in the browser…</source>
            <translation>En attente de votre connexion dans le navigateur…</translation>
        </message>
        <message>
            <source>Sign-in code {code}</source>
            <translation>Code de connexion {code}</translation>
        </message>
        <message>
            <source>Your sign-in may not use any AWS account yet. Ask your IT team.</source>
            <translation>Votre connexion ne peut encore utiliser aucun compte AWS. Demandez à votre équipe informatique.</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <source>Choose the region of your sign-in.</source>
            <translation>Choisissez la région de votre connexion.</translation>
        </message>
        <message>
            <source>The sign-in “{name}” is no longer in the AWS config file.</source>
            <translation>La connexion « {name} » ne figure plus dans le fichier de configuration AWS.</translation>
        </message>
        <message>
            <source>Set up the sign-in again from Settings.</source>
            <translation>Reconfigurez la connexion depuis les paramètres.</translation>
        </message>
    </context>
    <context>
        <name>toast</name>
        <message>
            <source>Confirmation</source>
            <translation>Confirmation</translation>
        </message>
    </context>
    <context>
        <name>tray</name>
        <message>
            <source>Keep pixdesk running in the tray?</source>
            <translation>Laisser pixdesk ouvert dans la zone de notification ?</translation>
        </message>
        <message>
            <source>Your desktop shows no tray icons beside the clock, so closing the window quits pixdesk. The capture shortcut works while the window is open.</source>
            <translation>Votre bureau n’affiche pas d’icônes près de l’horloge : fermer la fenêtre quitte donc pixdesk. Le raccourci de capture fonctionne tant que la fenêtre est ouverte.</translation>
        </message>
        <message>
            <source>Capture region</source>
            <translation>Capturer une zone</translation>
        </message>
        <message>
            <source>Capture window</source>
            <translation>Capturer une fenêtre</translation>
        </message>
        <message>
            <source>Show pixdesk</source>
            <translation>Afficher pixdesk</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Its icon stays beside the clock, so you can capture the screen from its menu or with the capture shortcut while the window is closed. Choose Quit in that menu to end pixdesk. You can change this later in Settings, under Capture.</source>
            <translation>Son icône reste près de l’horloge : vous pouvez capturer l’écran depuis son menu ou avec le raccourci de capture pendant que la fenêtre est fermée. Choisissez Quitter dans ce menu pour fermer pixdesk. Vous pourrez changer cela plus tard dans Paramètres, sous Capture.</translation>
        </message>
        <message>
            <source>Keep running in the tray</source>
            <translation>Laisser ouvert dans la zone de notification</translation>
        </message>
        <message>
            <source>Quit pixdesk</source>
            <translation>Quitter pixdesk</translation>
        </message>
        <message>
            <source>pixdesk is still running</source>
            <translation>pixdesk est toujours ouvert</translation>
        </message>
        <message>
            <source>Click its icon to open it again; Quit is in its menu.</source>
            <translation>Cliquez sur son icône pour le rouvrir ; Quitter se trouve dans son menu.</translation>
        </message>
    </context>
    <context>
        <name>update_notice</name>
        <message>
            <source>Check for &amp;updates…</source>
            <translation>Rechercher des &amp;mises à jour…</translation>
        </message>
        <message>
            <source>Ask pixdesk's release page whether there is a newer version</source>
            <translation>Demander à la page de versions de pixdesk s’il existe une version plus récente</translation>
        </message>
        <message>
            <source>pixdesk {version} is available.</source>
            <translation>pixdesk {version} est disponible.</translation>
        </message>
        <message>
            <source>What's new</source>
            <translation>Nouveautés</translation>
        </message>
        <message>
            <source>Looking for a new version of pixdesk…</source>
            <translation>Recherche d’une nouvelle version de pixdesk…</translation>
        </message>
    </context>
    <context>
        <name>updates</name>
        <message>
            <source>pixdesk could not read what its release page says about new versions. Try again later.</source>
            <translation>pixdesk n’a pas pu lire ce que sa page de versions dit des nouvelles versions. Réessayez plus tard.</translation>
        </message>
        <message>
            <source>You have the latest version of pixdesk ({version}).</source>
            <translation>Vous avez la dernière version de pixdesk ({version}).</translation>
        </message>
        <message>
            <source>pixdesk {version} is available (you have {current}).</source>
            <translation>pixdesk {version} est disponible (vous avez {current}).</translation>
        </message>
        <message>
            <source>You have pixdesk {current}, newer than the latest release ({version}).</source>
            <translation>Vous avez pixdesk {current}, plus récent que la dernière version publiée ({version}).</translation>
        </message>
        <message>
            <source>pixdesk could not reach its release page. Check your internet connection, then try again later.</source>
            <translation>pixdesk n’a pas pu joindre sa page de versions. Vérifiez votre connexion Internet, puis réessayez plus tard.</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>Your company's AWS sign-in</source>
            <translation>La connexion AWS de votre entreprise</translation>
        </message>
        <message>
            <source>If your company uses AWS, sign in with your company's AWS access in your browser, or choose a sign-in your IT team set up on this computer.</source>
            <translation>Si votre entreprise utilise AWS, connectez-vous dans votre navigateur avec l’accès AWS de votre entreprise, ou choisissez une connexion configurée par votre équipe informatique sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Choose a sign-in…</source>
            <translation>Choisir une connexion…</translation>
        </message>
        <message>
            <source>An API key</source>
            <translation>Une clé d’API</translation>
        </message>
        <message>
            <source>Ask your AWS admin for an Amazon Bedrock API key and paste it in Settings. pixdesk keeps it in your system's keychain.</source>
            <translation>Demandez une clé d’API Amazon Bedrock à votre administrateur AWS et collez-la dans les paramètres. pixdesk la conserve dans le trousseau de votre système.</translation>
        </message>
        <message>
            <source>Enter an API key…</source>
            <translation>Saisir une clé d’API…</translation>
        </message>
        <message>
            <source>Set up by your IT team</source>
            <translation>Configuré par votre équipe informatique</translation>
        </message>
        <message>
            <source>On a computer your IT team manages, pixdesk may find a sign-in by itself. Ask IT if you are unsure, then press Check again.</source>
            <translation>Sur un ordinateur géré par votre équipe informatique, pixdesk peut trouver une connexion tout seul. En cas de doute, demandez au service informatique, puis cliquez sur Vérifier à nouveau.</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Vérifier à nouveau</translation>
        </message>
        <message>
            <source>Connect to Amazon Bedrock</source>
            <translation>Se connecter à Amazon Bedrock</translation>
        </message>
        <message>
            <source>Connect pixdesk to Amazon Bedrock</source>
            <translation>Connecter pixdesk à Amazon Bedrock</translation>
        </message>
        <message>
            <source>pixdesk asks Mistral's Pixtral Large through your company's own AWS account. Choose one of these ways to connect:</source>
            <translation>pixdesk interroge Pixtral Large de Mistral via le propre compte AWS de votre entreprise. Choisissez l’une de ces façons de vous connecter :</translation>
        </message>
        <message>
            <source>Sign in with your company's AWS access…</source>
            <translation>Se connecter avec l’accès AWS de votre entreprise…</translation>
        </message>
        <message>
            <source>AWS IAM Identity Center (AWS SSO) sign-in.</source>
            <translation>Connexion via AWS IAM Identity Center (AWS SSO).</translation>
        </message>
        <message>
            <source>Tell me when a new version of pixdesk is available</source>
            <translation>Me prévenir quand une nouvelle version de pixdesk est disponible</translation>
        </message>
        <message>
            <source>pixdesk looks at its release page at most once a day; it never installs anything.</source>
            <translation>pixdesk consulte sa page de versions au plus une fois par jour ; il n’installe jamais rien.</translation>
        </message>
        <message>
            <source>Set by your organisation</source>
            <translation>Défini par votre organisation</translation>
        </message>
    </context>
    <context>
        <name>window_toolbar</name>
        <message>
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Start a new conversation (Ctrl+N)</source>
            <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
        </message>
        <message>
            <source>Settings: sign-in, answers, privacy, quota (Ctrl+,)</source>
            <translation>Paramètres : connexion, réponses, confidentialité, quota (Ctrl+,)</translation>
        </message>
    </context>
</TS>
