<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>attachment_chip</name>
        <message>
            <source>Preview {name}</source>
            <translation>Vorschau von {name}</translation>
        </message>
        <message>
            <source>See exactly what the model will see</source>
            <translation>Genau sehen, was das Modell sehen wird</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>{name} entfernen</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>Wird vorbereitet…</translation>
        </message>
        <message>
            <source>Page </source>
            <translation>Seite </translation>
        </message>
        <message>
            <source>Page of {name} to send</source>
            <translation>Zu sendende Seite von {name}</translation>
        </message>
        <message>
            <source> of {count}</source>
            <translation> von {count}</translation>
        </message>
        <message>
            <source>{width}×{height} pixels as sent</source>
            <translation>{width}×{height} Pixel wie gesendet</translation>
        </message>
        <message>
            <source>about {tokens} tokens</source>
            <translation>etwa {tokens} Tokens</translation>
        </message>
        <message>
            <source>Preparing close-ups of the small print…</source>
            <translation>Nahaufnahmen des Kleingedruckten werden erstellt…</translation>
        </message>
        <message>
            <source>Small print will be unreadable at this size</source>
            <translation>Kleingedrucktes ist in dieser Größe unlesbar</translation>
        </message>
        <message>
            <source>Its smallest text would be about {height} pixels high as the model sees it; under {legible} it is not reliably read. “Read it” sends the page with close-ups of that text: about {tokens} tokens more.</source>
            <translation>Der kleinste Text wäre so, wie das Modell ihn sieht, etwa {height} Pixel hoch; unter {legible} wird er nicht zuverlässig gelesen. „Lesen“ sendet die Seite mit Nahaufnahmen dieses Texts: etwa {tokens} Tokens mehr.</translation>
        </message>
        <message>
            <source>Read it</source>
            <translation>Lesen</translation>
        </message>
        <message>
            <source>Send this page with close-ups of its small print</source>
            <translation>Diese Seite mit Nahaufnahmen ihres Kleingedruckten senden</translation>
        </message>
        <message>
            <source>Read the small print of {name}</source>
            <translation>Kleingedrucktes von {name} lesen</translation>
        </message>
        <message numerus="yes">
            <source>Small print: sent with %n close-up(s)</source>
            <translation>
                <numerusform>Kleingedrucktes: mit %n Nahaufnahme gesendet</numerusform>
                <numerusform>Kleingedrucktes: mit %n Nahaufnahmen gesendet</numerusform>
            </translation>
        </message>
        <message>
            <source>The page goes once, plus close-ups of its small print, enlarged only as far as that text needs</source>
            <translation>Die Seite wird einmal gesendet, dazu Nahaufnahmen ihres Kleingedruckten, nur so weit vergrößert, wie dieser Text es braucht</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Send the page alone again, without the close-ups</source>
            <translation>Die Seite wieder allein senden, ohne Nahaufnahmen</translation>
        </message>
        <message>
            <source>Send {name} without the close-ups</source>
            <translation>{name} ohne Nahaufnahmen senden</translation>
        </message>
        <message>
            <source>Delete removes it.</source>
            <translation>Entf entfernt es.</translation>
        </message>
        <message>
            <source>Enter shows what will be sent; Delete removes it.</source>
            <translation>Enter zeigt, was gesendet wird; Entf entfernt es.</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>What the model will see — {name}</source>
            <translation>Was das Modell sieht – {name}</translation>
        </message>
        <message>
            <source>Image as sent</source>
            <translation>Bild wie gesendet</translation>
        </message>
        <message>
            <source>{format} {width}×{height}, {kb} KB, about {tokens} tokens (from {w}×{h}).</source>
            <translation>{format} {width}×{height}, {kb} KB, etwa {tokens} Tokens (aus {w}×{h}).</translation>
        </message>
        <message>
            <source>Metadata — EXIF, GPS location, comments, colour profile — has been removed.</source>
            <translation>Metadaten – EXIF, GPS-Standort, Kommentare, Farbprofil – wurden entfernt.</translation>
        </message>
        <message>
            <source>Images to send</source>
            <translation>Zu sendende Bilder</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in the folder are not images and were left out.</source>
            <translation>
                <numerusform>%n Datei im Ordner ist kein Bild und wurde ausgelassen.</numerusform>
                <numerusform>%n Dateien im Ordner sind keine Bilder und wurden ausgelassen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pixtral Large reads at most {limit} images at a time; %n were not added.</source>
            <translation>
                <numerusform>Pixtral Large liest höchstens {limit} Bilder auf einmal; %n wurde nicht hinzugefügt.</numerusform>
                <numerusform>Pixtral Large liest höchstens {limit} Bilder auf einmal; %n wurden nicht hinzugefügt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pixtral Large reads at most {limit} images at a time; {name} was not added.</source>
            <translation>Pixtral Large liest höchstens {limit} Bilder auf einmal; {name} wurde nicht hinzugefügt.</translation>
        </message>
        <message>
            <source>pixdesk could not read {name}: the image reader stopped unexpectedly. Try saving the image again in another format.</source>
            <translation>pixdesk konnte {name} nicht lesen: Das Lesen des Bildes brach unerwartet ab. Speichern Sie das Bild erneut in einem anderen Format.</translation>
        </message>
        <message>
            <source>The close-ups could not be made.</source>
            <translation>Die Nahaufnahmen konnten nicht erstellt werden.</translation>
        </message>
        <message>
            <source>{problem} {name} goes as it is.</source>
            <translation>{problem} {name} wird so gesendet, wie es ist.</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) · preparing…</source>
            <translation>
                <numerusform>%n Bild · wird vorbereitet…</numerusform>
                <numerusform>%n Bilder · werden vorbereitet…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) · about {tokens} tokens · ≈ {cost} to read them (estimate) · preparing…</source>
            <translation>
                <numerusform>%n Bild · etwa {tokens} Tokens · ≈ {cost} zum Lesen (geschätzt) · wird vorbereitet…</numerusform>
                <numerusform>%n Bilder · etwa {tokens} Tokens · ≈ {cost} zum Lesen (geschätzt) · wird vorbereitet…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) · about {tokens} tokens · ≈ {cost} to read them (estimate)</source>
            <translation>
                <numerusform>%n Bild · etwa {tokens} Tokens · ≈ {cost} zum Lesen (geschätzt)</numerusform>
                <numerusform>%n Bilder · etwa {tokens} Tokens · ≈ {cost} zum Lesen (geschätzt)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>banner</name>
        <message>
            <source>Notice</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation>Hinweis schließen</translation>
        </message>
    </context>
    <context>
        <name>batch</name>
        <message>
            <source>A batch needs at least one prompt.</source>
            <translation>Ein Stapel braucht mindestens eine Frage.</translation>
        </message>
        <message>
            <source>Give --prompt TEXT or --template NAME.</source>
            <translation>Geben Sie --prompt TEXT oder --template NAME an.</translation>
        </message>
        <message>
            <source>There is no file or folder {path}.</source>
            <translation>Es gibt keine Datei und keinen Ordner {path}.</translation>
        </message>
        <message>
            <source>There are no images or documents to run the batch on.</source>
            <translation>Es gibt keine Bilder oder Dokumente, mit denen der Stapel laufen kann.</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>{done} von {total} erledigt</translation>
        </message>
        <message>
            <source>{failed} failed</source>
            <translation>{failed} fehlgeschlagen</translation>
        </message>
        <message>
            <source>waiting for quota {time}</source>
            <translation>wartet auf das Kontingent: {time}</translation>
        </message>
        <message>
            <source>about {time} left</source>
            <translation>noch etwa {time}</translation>
        </message>
        <message>
            <source>There is no batch {batch}.</source>
            <translation>Es gibt keinen Stapel {batch}.</translation>
        </message>
        <message>
            <source>“{format}” is not a results format.</source>
            <translation>„{format}“ ist kein Ergebnisformat.</translation>
        </message>
        <message>
            <source>Use csv, jsonl or md.</source>
            <translation>Verwenden Sie csv, jsonl oder md.</translation>
        </message>
        <message>
            <source>{name}: say which format by its ending — .csv, .jsonl or .md.</source>
            <translation>{name}: Geben Sie das Format über die Endung an – .csv, .jsonl oder .md.</translation>
        </message>
    </context>
    <context>
        <name>batch_entry</name>
        <message>
            <source>&amp;Batch…</source>
            <translation>&amp;Stapelverarbeitung…</translation>
        </message>
        <message numerus="yes">
            <source>A batch stopped with {done} of %n item(s) done. File ▸ Batch… (Ctrl+B) resumes it; every finished answer is kept.</source>
            <translation>
                <numerusform>Ein Stapel wurde nach {done} von %n Element angehalten. Datei ▸ Stapelverarbeitung… (Strg+B) setzt ihn fort; jede fertige Antwort bleibt erhalten.</numerusform>
                <numerusform>Ein Stapel wurde nach {done} von %n Elementen angehalten. Datei ▸ Stapelverarbeitung… (Strg+B) setzt ihn fort; jede fertige Antwort bleibt erhalten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>batch_window</name>
        <message>
            <source>waiting</source>
            <translation>wartet</translation>
        </message>
        <message>
            <source>asking…</source>
            <translation>wird gefragt…</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fertig</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>Batch — pixdesk</source>
            <translation>Stapelverarbeitung — pixdesk</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Stapelverarbeitung</translation>
        </message>
        <message>
            <source>Files and folders</source>
            <translation>Dateien und Ordner</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Dateien hinzufügen…</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Ordner hinzufügen…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Pages of PDFs and TIFFs</source>
            <translation>Seiten von PDFs und TIFFs</translation>
        </message>
        <message>
            <source>Pages of PDFs and multi-page TIFFs, e.g. 1-3,5 or all</source>
            <translation>Seiten von PDFs und mehrseitigen TIFFs, z. B. 1-3,5 oder all</translation>
        </message>
        <message>
            <source>Prompts</source>
            <translation>Anweisungen</translation>
        </message>
        <message>
            <source>Your own prompt, e.g. “List every date and amount”</source>
            <translation>Eigene Anweisung, z. B. „Nenne jedes Datum und jeden Betrag“</translation>
        </message>
        <message>
            <source>Your own prompt</source>
            <translation>Eigene Anweisung</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Start batch</source>
            <translation>Stapel starten</translation>
        </message>
        <message>
            <source>Earlier batches</source>
            <translation>Frühere Stapel</translation>
        </message>
        <message>
            <source>Pages:</source>
            <translation>Seiten:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Files and folders&lt;/b&gt; (PDF and TIFF pages are items of their own)</source>
            <translation>&lt;b&gt;Dateien und Ordner&lt;/b&gt; (Seiten von PDFs und TIFFs sind eigene Elemente)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Prompts&lt;/b&gt; — each is asked about every page</source>
            <translation>&lt;b&gt;Anweisungen&lt;/b&gt; — jede wird zu jeder Seite gestellt</translation>
        </message>
        <message>
            <source>Earlier batches:</source>
            <translation>Frühere Stapel:</translation>
        </message>
        <message>
            <source>Batch progress</source>
            <translation>Fortschritt des Stapels</translation>
        </message>
        <message>
            <source>Choose files and prompts, then start.</source>
            <translation>Wählen Sie Dateien und Anweisungen und starten Sie dann.</translation>
        </message>
        <message>
            <source>Batch status</source>
            <translation>Status des Stapels</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Anweisung</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Tokens</translation>
        </message>
        <message>
            <source>Batch results</source>
            <translation>Ergebnisse des Stapels</translation>
        </message>
        <message>
            <source>One row per page and prompt; select a row to read its answer</source>
            <translation>Eine Zeile pro Seite und Anweisung; wählen Sie eine Zeile, um ihre Antwort zu lesen</translation>
        </message>
        <message>
            <source>Saved redactions applied</source>
            <translation>Gespeicherte Schwärzungen angewendet</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>Select an item to read its answer.</source>
            <translation>Wählen Sie ein Element, um seine Antwort zu lesen.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Finish the answers being written, then stop</source>
            <translation>Die gerade entstehenden Antworten fertigstellen, dann anhalten</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Stop now; the answers being written are asked again on Resume</source>
            <translation>Sofort anhalten; die gerade entstehenden Antworten werden beim Fortsetzen erneut angefragt</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>Ergebnisse exportieren…</translation>
        </message>
        <message>
            <source>Add files to the batch</source>
            <translation>Dateien zum Stapel hinzufügen</translation>
        </message>
        <message>
            <source>Images and PDFs</source>
            <translation>Bilder und PDFs</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
        <message>
            <source>Add a folder to the batch</source>
            <translation>Einen Ordner zum Stapel hinzufügen</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s): {files}</source>
            <translation>
                <numerusform>%n Element: {files}</numerusform>
                <numerusform>%n Elemente: {files}</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch {job}: {done} of {total} done, {failed} failed; {left} left — Resume carries on.</source>
            <translation>Stapel {job}: {done} von {total} erledigt, {failed} fehlgeschlagen; {left} offen — Fortsetzen macht weiter.</translation>
        </message>
        <message>
            <source>Batch {job}: {done} of {total} done, {failed} failed.</source>
            <translation>Stapel {job}: {done} von {total} erledigt, {failed} fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Batch {job}: {done} of {total} done; {left} left — Resume carries on.</source>
            <translation>Stapel {job}: {done} von {total} erledigt; {left} offen — Fortsetzen macht weiter.</translation>
        </message>
        <message>
            <source>Batch {job}: {done} of {total} done.</source>
            <translation>Stapel {job}: {done} von {total} erledigt.</translation>
        </message>
        <message>
            <source>{status} — paused; Resume carries on.</source>
            <translation>{status} — pausiert; Fortsetzen macht weiter.</translation>
        </message>
        <message>
            <source>Pausing: the answers being written will finish first…</source>
            <translation>Wird pausiert: Die gerade entstehenden Antworten werden noch fertiggestellt…</translation>
        </message>
        <message numerus="yes">
            <source>and saved redactions applied to %n more file(s)</source>
            <translation>
                <numerusform>und gespeicherte Schwärzungen bei %n weiteren Datei angewendet</numerusform>
                <numerusform>und gespeicherte Schwärzungen bei %n weiteren Dateien angewendet</numerusform>
            </translation>
        </message>
        <message>
            <source>Failed.</source>
            <translation>Fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Not answered yet.</source>
            <translation>Noch nicht beantwortet.</translation>
        </message>
        <message>
            <source>{job}: {title} (finished)</source>
            <translation>{job}: {title} (abgeschlossen)</translation>
        </message>
        <message numerus="yes">
            <source>{job}: {title} (%n left)</source>
            <translation>
                <numerusform>{job}: {title} (%n offen)</numerusform>
                <numerusform>{job}: {title} (%n offen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export batch results</source>
            <translation>Ergebnisse des Stapels exportieren</translation>
        </message>
        <message>
            <source>Results saved to {path}.</source>
            <translation>Ergebnisse gespeichert unter {path}.</translation>
        </message>
    </context>
    <context>
        <name>capture</name>
        <message>
            <source>On this desktop (Wayland) programs cannot see each other's windows, so pixdesk cannot pick one. Capture a region or the whole screen instead.</source>
            <translation>Auf diesem Desktop (Wayland) können Programme die Fenster anderer Programme nicht sehen, daher kann pixdesk keines auswählen. Nehmen Sie stattdessen einen Bereich oder den ganzen Bildschirm auf.</translation>
        </message>
        <message>
            <source>pixdesk could not list the windows on this screen. Capture a region or the whole screen instead.</source>
            <translation>pixdesk konnte die Fenster auf diesem Bildschirm nicht auflisten. Nehmen Sie stattdessen einen Bereich oder den ganzen Bildschirm auf.</translation>
        </message>
        <message>
            <source>macOS did not let pixdesk see the screen: the capture came back empty. Open System Settings ▸ Privacy &amp; Security ▸ Screen Recording, turn on pixdesk, then quit and reopen pixdesk.</source>
            <translation>macOS hat pixdesk den Bildschirm nicht sehen lassen: Die Aufnahme ist leer. Öffnen Sie Systemeinstellungen ▸ Datenschutz &amp; Sicherheit ▸ Bildschirmaufnahme, schalten Sie pixdesk ein, beenden Sie pixdesk und öffnen Sie es erneut.</translation>
        </message>
        <message>
            <source>The capture came back empty (all one colour). Try again, or capture a region instead.</source>
            <translation>Die Aufnahme ist leer (alles eine Farbe). Versuchen Sie es erneut oder nehmen Sie stattdessen einen Bereich auf.</translation>
        </message>
    </context>
    <context>
        <name>capture.flow</name>
        <message>
            <source>screen capture</source>
            <translation>Bildschirmaufnahme</translation>
        </message>
    </context>
    <context>
        <name>capture.overlay</name>
        <message>
            <source>Drag around what you want to ask about  ·  Esc to cancel</source>
            <translation>Ziehen Sie einen Rahmen um das, wonach Sie fragen möchten  ·  Esc bricht ab</translation>
        </message>
        <message>
            <source>Click a window, then press Enter (or double-click it)  ·  Esc to cancel</source>
            <translation>Klicken Sie auf ein Fenster und drücken Sie Enter (oder Doppelklick)  ·  Esc bricht ab</translation>
        </message>
        <message>
            <source>Press Enter to use the whole screen, or drag around a part of it  ·  B to black out a part  ·  Esc to cancel</source>
            <translation>Enter nimmt den ganzen Bildschirm, oder ziehen Sie einen Rahmen um einen Teil  ·  B schwärzt einen Teil  ·  Esc bricht ab</translation>
        </message>
        <message>
            <source>Enter (or double-click) to add it to your question  ·  Arrow keys move it, Shift+arrows resize it  ·  B to black out a part  ·  Esc to cancel</source>
            <translation>Enter (oder Doppelklick) fügt es Ihrer Frage hinzu  ·  Pfeiltasten verschieben, Umschalt+Pfeile ändern die Größe  ·  B schwärzt einen Teil  ·  Esc bricht ab</translation>
        </message>
        <message>
            <source>Drag over what must not be sent: it turns black  ·  Ctrl+Z to undo a box  ·  B to stop blacking out  ·  Enter to add it to your question</source>
            <translation>Ziehen Sie über das, was nicht gesendet werden darf: Es wird schwarz  ·  Strg+Z nimmt ein Feld zurück  ·  B beendet das Schwärzen  ·  Enter fügt es Ihrer Frage hinzu</translation>
        </message>
        <message>
            <source>Screen capture</source>
            <translation>Bildschirmaufnahme</translation>
        </message>
    </context>
    <context>
        <name>capture_entry</name>
        <message>
            <source>&amp;Capture region</source>
            <translation>&amp;Bereich aufnehmen</translation>
        </message>
        <message>
            <source>Capture win&amp;dow</source>
            <translation>&amp;Fenster aufnehmen</translation>
        </message>
        <message>
            <source>Capture the whole &amp;screen</source>
            <translation>Ganzen &amp;Bildschirm aufnehmen</translation>
        </message>
        <message>
            <source>Capture part of the screen and ask about it ({shortcut})</source>
            <translation>Einen Teil des Bildschirms aufnehmen und danach fragen ({shortcut})</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <source>United States</source>
            <translation>USA</translation>
        </message>
        <message>
            <source>Your questions and images are processed in the United States.</source>
            <translation>Ihre Fragen und Bilder werden in den USA verarbeitet.</translation>
        </message>
        <message>
            <source>Europe</source>
            <translation>Europa</translation>
        </message>
        <message>
            <source>Your questions and images are processed in Europe (they stay in the EU).</source>
            <translation>Ihre Fragen und Bilder werden in Europa verarbeitet (sie bleiben in der EU).</translation>
        </message>
        <message>
            <source>US East (N. Virginia)</source>
            <translation>USA Ost (Nord-Virginia)</translation>
        </message>
        <message>
            <source>US East (Ohio)</source>
            <translation>USA Ost (Ohio)</translation>
        </message>
        <message>
            <source>US West (Oregon)</source>
            <translation>USA West (Oregon)</translation>
        </message>
        <message>
            <source>Europe (Frankfurt)</source>
            <translation>Europa (Frankfurt)</translation>
        </message>
        <message>
            <source>Europe (Stockholm)</source>
            <translation>Europa (Stockholm)</translation>
        </message>
        <message>
            <source>Europe (Ireland)</source>
            <translation>Europa (Irland)</translation>
        </message>
        <message>
            <source>Europe (Paris)</source>
            <translation>Europa (Paris)</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>The usual speed, at the standard price.</source>
            <translation>Die übliche Geschwindigkeit zum Standardpreis.</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorität</translation>
        </message>
        <message>
            <source>Answers sooner when Bedrock is busy; costs more than Standard.</source>
            <translation>Antwortet schneller, wenn Bedrock ausgelastet ist; kostet mehr als Standard.</translation>
        </message>
        <message>
            <source>faster, costs more</source>
            <translation>schneller, teurer</translation>
        </message>
        <message>
            <source>Flex</source>
            <translation>Flex</translation>
        </message>
        <message>
            <source>Costs less than Standard; answers may wait when Bedrock is busy.</source>
            <translation>Kostet weniger als Standard; Antworten können warten, wenn Bedrock ausgelastet ist.</translation>
        </message>
        <message>
            <source>cheaper, may wait</source>
            <translation>günstiger, mit Wartezeit</translation>
        </message>
    </context>
    <context>
        <name>chat</name>
        <message>
            <source>Try again in a few minutes, or choose Flex or another region in the toolbar.</source>
            <translation>Versuchen Sie es in ein paar Minuten erneut, oder wählen Sie in der Symbolleiste Flex oder eine andere Region.</translation>
        </message>
    </context>
    <context>
        <name>chat_view</name>
        <message>
            <source>Conversation</source>
            <translation>Unterhaltung</translation>
        </message>
        <message>
            <source>Drop a screenshot or a scanned page here, then ask about it below.</source>
            <translation>Ziehen Sie einen Screenshot oder eine gescannte Seite hierher und stellen Sie unten Ihre Frage dazu.</translation>
        </message>
        <message numerus="yes">
            <source>Show %n earlier question(s)</source>
            <translation>
                <numerusform>%n frühere Frage anzeigen</numerusform>
                <numerusform>%n frühere Fragen anzeigen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n not shown)</source>
            <translation>
                <numerusform>(%n nicht angezeigt)</numerusform>
                <numerusform>(%n nicht angezeigt)</numerusform>
            </translation>
        </message>
        <message>
            <source>You</source>
            <translation>Sie</translation>
        </message>
        <message>
            <source>The question exactly as sent, with the instructions pixdesk added for the model</source>
            <translation>Die Frage genau wie gesendet, mit den Anweisungen, die pixdesk für das Modell ergänzt hat</translation>
        </message>
        <message>
            <source>What was sent</source>
            <translation>Was gesendet wurde</translation>
        </message>
        <message>
            <source>Copy this code</source>
            <translation>Diesen Code kopieren</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Image sent: {name}, {width}×{height}</source>
            <translation>Gesendetes Bild: {name}, {width}×{height}</translation>
        </message>
        <message>
            <source>image</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Show exactly what was sent</source>
            <translation>Genau anzeigen, was gesendet wurde</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>question {question} tokens, answer {answer} · ≈ {cost} (estimate)</source>
            <translation>Frage {question} Tokens, Antwort {answer} · ≈ {cost} (geschätzt)</translation>
        </message>
        <message>
            <source>Stopped. The answer above is incomplete.</source>
            <translation>Angehalten. Die Antwort oben ist unvollständig.</translation>
        </message>
        <message>
            <source>Interrupted: pixdesk was closed before this answer was finished. It is kept as it was.</source>
            <translation>Unterbrochen: pixdesk wurde geschlossen, bevor diese Antwort fertig war. Sie bleibt so erhalten, wie sie war.</translation>
        </message>
        <message>
            <source>The answer above is incomplete.</source>
            <translation>Die Antwort oben ist unvollständig.</translation>
        </message>
        <message>
            <source>Open settings</source>
            <translation>Einstellungen öffnen</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <source>Copy answer</source>
            <translation>Antwort kopieren</translation>
        </message>
        <message>
            <source>Copy code</source>
            <translation>Code kopieren</translation>
        </message>
        <message>
            <source>Show page {page}</source>
            <translation>Seite {page} anzeigen</translation>
        </message>
        <message>
            <source>Show on page {page}</source>
            <translation>Auf Seite {page} zeigen</translation>
        </message>
        <message>
            <source>Ask the same question about the whole document again to continue from here.</source>
            <translation>Stellen Sie dieselbe Frage zum ganzen Dokument noch einmal, um hier fortzufahren.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Edit question</source>
            <translation>Frage bearbeiten</translation>
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
            <translation>Verbindung wird hergestellt…</translation>
        </message>
        <message>
            <source>Waiting for your account's quota — sending in {time}</source>
            <translation>Warten auf das Kontingent Ihres Kontos – Senden in {time}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Bedrock is busy — trying again in {time} (attempt {attempt} of {allowed})</source>
            <translation>Bedrock ist ausgelastet – neuer Versuch in {time} (Versuch {attempt} von {allowed})</translation>
        </message>
        <message>
            <source>Bedrock is busy — trying again in {time}</source>
            <translation>Bedrock ist ausgelastet – neuer Versuch in {time}</translation>
        </message>
        <message>
            <source>Try Flex</source>
            <translation>Mit Flex versuchen</translation>
        </message>
        <message>
            <source>Try another region</source>
            <translation>Andere Region versuchen</translation>
        </message>
        <message>
            <source>{model} could not answer. {problem}</source>
            <translation>{model} konnte nicht antworten. {problem}</translation>
        </message>
        <message>
            <source>… (the rest is in the conversation)</source>
            <translation>… (der Rest steht in der Unterhaltung)</translation>
        </message>
        <message>
            <source>Stopped: the answer is incomplete.</source>
            <translation>Angehalten: Die Antwort ist unvollständig.</translation>
        </message>
        <message>
            <source>{model} answered: {answer}</source>
            <translation>{model} hat geantwortet: {answer}</translation>
        </message>
    </context>
    <context>
        <name>clipboard_offer</name>
        <message>
            <source>Ask pixdesk about this screenshot?</source>
            <translation>pixdesk zu diesem Screenshot fragen?</translation>
        </message>
        <message>
            <source>Screenshot on the clipboard</source>
            <translation>Screenshot in der Zwischenablage</translation>
        </message>
        <message>
            <source>The copied screenshot</source>
            <translation>Der kopierte Screenshot</translation>
        </message>
        <message>
            <source>Attach screenshot</source>
            <translation>Screenshot anhängen</translation>
        </message>
        <message>
            <source>Adds the copied screenshot to your next question. Nothing is sent.</source>
            <translation>Fügt den kopierten Screenshot Ihrer nächsten Frage hinzu. Es wird nichts gesendet.</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
    </context>
    <context>
        <name>compare</name>
        <message>
            <source>These two images do not show the same screen: pixdesk could not find where one fits on the other.</source>
            <translation>Diese beiden Bilder zeigen nicht denselben Bildschirm: pixdesk konnte nicht finden, wo das eine in das andere passt.</translation>
        </message>
        <message>
            <source>Choose two screenshots of the same screen — the second may be a part of the first, or scrolled.</source>
            <translation>Wählen Sie zwei Screenshots desselben Bildschirms – der zweite darf ein Teil des ersten oder gescrollt sein.</translation>
        </message>
        <message>
            <source>pixdesk could not tell where the second screenshot sits in the first — the screen repeats itself.</source>
            <translation>pixdesk konnte nicht erkennen, wo der zweite Screenshot im ersten liegt – der Bildschirm wiederholt sich.</translation>
        </message>
        <message>
            <source>Crop them to the same area, or compare two full screenshots of the same size.</source>
            <translation>Schneiden Sie beide auf denselben Bereich zu, oder vergleichen Sie zwei vollständige Screenshots gleicher Größe.</translation>
        </message>
        <message>
            <source>pixdesk could not line up these two images in reasonable time.</source>
            <translation>pixdesk konnte diese beiden Bilder nicht in angemessener Zeit ausrichten.</translation>
        </message>
        <message>
            <source>Crop both screenshots to the same area, or take them at the same size, then compare again.</source>
            <translation>Schneiden Sie beide Screenshots auf denselben Bereich zu oder nehmen Sie sie in derselben Größe auf, und vergleichen Sie dann erneut.</translation>
        </message>
        <message>
            <source>No pixel differs between the two.</source>
            <translation>Kein Pixel unterscheidet sich zwischen den beiden.</translation>
        </message>
        <message>
            <source>1 pixel changed, in one area.</source>
            <translation>1 Pixel hat sich geändert, in einem Bereich.</translation>
        </message>
        <message>
            <source>{pixels} pixels changed, in one area.</source>
            <translation>{pixels} Pixel haben sich geändert, in einem Bereich.</translation>
        </message>
        <message>
            <source>{pixels} pixels changed, in {areas} areas.</source>
            <translation>{pixels} Pixel haben sich geändert, in {areas} Bereichen.</translation>
        </message>
        <message>
            <source>The third image is the second, greyed out, with every changed pixel in magenta and each changed area boxed in purple.</source>
            <translation>Das dritte Bild ist das zweite, ausgegraut, mit jedem geänderten Pixel in Magenta und jedem geänderten Bereich lila umrahmt.</translation>
        </message>
        <message>
            <source>The second image ({after}) is the part of the first ({before}) at {x},{y}.</source>
            <translation>Das zweite Bild ({after}) ist der Teil des ersten ({before}) bei {x},{y}.</translation>
        </message>
        <message>
            <source>The screen repeats itself: the second fits as well at other places, with the same changes.</source>
            <translation>Der Bildschirm wiederholt sich: Das zweite Bild passt auch an anderen Stellen, mit denselben Änderungen.</translation>
        </message>
        <message>
            <source>The two images ({before} and {after}) overlap in a {area} area, the second's {left},{top} lying on the first's {x},{y}; only that area was compared, and what lies outside it is darker.</source>
            <translation>Die beiden Bilder ({before} und {after}) überlappen sich in einem Bereich von {area}, wobei {left},{top} des zweiten auf {x},{y} des ersten liegt; nur dieser Bereich wurde verglichen, und was außerhalb liegt, ist dunkler.</translation>
        </message>
        <message>
            <source>An area to black out starts outside {name} ({width}×{height} pixels).</source>
            <translation>Ein zu schwärzender Bereich beginnt außerhalb von {name} ({width}×{height} Pixel).</translation>
        </message>
    </context>
    <context>
        <name>compare_flow</name>
        <message>
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <source>Compare the two images</source>
            <translation>Die beiden Bilder vergleichen</translation>
        </message>
        <message>
            <source>Make a third image that shows the pixels that changed, and ask what changed</source>
            <translation>Ein drittes Bild mit den geänderten Pixeln erstellen und fragen, was sich geändert hat</translation>
        </message>
        <message>
            <source>See what changed between the first image and the second</source>
            <translation>Sehen, was sich zwischen dem ersten und dem zweiten Bild geändert hat</translation>
        </message>
        <message>
            <source>&amp;Compare the two images</source>
            <translation>Die beiden Bilder &amp;vergleichen</translation>
        </message>
        <message>
            <source>Attach exactly two screenshots to compare — the one before, then the one after.</source>
            <translation>Hängen Sie genau zwei Screenshots zum Vergleichen an — erst den von vorher, dann den von nachher.</translation>
        </message>
        <message>
            <source>pixdesk could not compare the images: the image reader stopped unexpectedly. Try again.</source>
            <translation>pixdesk konnte die Bilder nicht vergleichen: Das Einlesen der Bilder wurde unerwartet beendet. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Wird verglichen…</translation>
        </message>
        <message>
            <source>Comparing the two images…</source>
            <translation>Die beiden Bilder werden verglichen…</translation>
        </message>
        <message>
            <source>Before — {name}</source>
            <translation>Vorher — {name}</translation>
        </message>
        <message>
            <source>After — {name}</source>
            <translation>Nachher — {name}</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>{found} The question is in the box below: edit it if you like, then press Enter.</source>
            <translation>{found} Die Frage steht im Feld unten: Passen Sie sie bei Bedarf an und drücken Sie dann Enter.</translation>
        </message>
    </context>
    <context>
        <name>composer</name>
        <message>
            <source>Ask about the images…  (Enter sends, Shift+Enter starts a new line)</source>
            <translation>Fragen Sie zu den Bildern…  (Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile)</translation>
        </message>
        <message>
            <source>Ask about the document…  (Enter sends, Shift+Enter starts a new line)</source>
            <translation>Fragen Sie zum Dokument…  (Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile)</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Attach images</source>
            <translation>Bilder anhängen</translation>
        </message>
        <message>
            <source>Attach images or a PDF (Ctrl+O)</source>
            <translation>Bilder oder ein PDF anhängen (Strg+O)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Stop the answer</source>
            <translation>Antwort anhalten</translation>
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation>Anhalten (Esc)</translation>
        </message>
        <message>
            <source>Send question</source>
            <translation>Frage senden</translation>
        </message>
        <message>
            <source>Send (Enter)</source>
            <translation>Senden (Eingabe)</translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <source>Connected: {model} answered from {region} in {seconds} s.</source>
            <translation>Verbunden: {model} hat aus {region} in {seconds} s geantwortet.</translation>
        </message>
    </context>
    <context>
        <name>conversation_files</name>
        <message>
            <source>Web page, images included</source>
            <translation>Webseite mit Bildern</translation>
        </message>
        <message>
            <source>Markdown with an images folder</source>
            <translation>Markdown mit Bilderordner</translation>
        </message>
        <message>
            <source>pixdesk conversation, re-importable</source>
            <translation>pixdesk-Unterhaltung, wieder importierbar</translation>
        </message>
        <message>
            <source>Open or start a conversation first; then it can be exported.</source>
            <translation>Öffnen oder beginnen Sie zuerst eine Unterhaltung; dann lässt sie sich exportieren.</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>Unterhaltung exportieren</translation>
        </message>
        <message>
            <source>The conversation could not be exported: {reason}</source>
            <translation>Die Unterhaltung konnte nicht exportiert werden: {reason}</translation>
        </message>
        <message>
            <source>Exported to {path}.</source>
            <translation>Exportiert nach {path}.</translation>
        </message>
        <message>
            <source>Import conversation</source>
            <translation>Unterhaltung importieren</translation>
        </message>
        <message>
            <source>pixdesk conversations</source>
            <translation>pixdesk-Unterhaltungen</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>pixdesk ran into a problem</source>
            <translation>pixdesk ist auf ein Problem gestoßen</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Your conversation is safe and pixdesk keeps running; if this happens again, please send these details to support.</source>
            <translation>Etwas Unerwartetes ist schiefgegangen. Ihre Unterhaltung ist sicher und pixdesk läuft weiter. Falls das wieder passiert, senden Sie diese Details bitte an den Support.</translation>
        </message>
        <message>
            <source>Problem details</source>
            <translation>Details zum Problem</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Protokollordner öffnen</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <source>Signed in (company AWS sign-in)</source>
            <translation>Angemeldet (AWS-Anmeldung des Unternehmens)</translation>
        </message>
        <message>
            <source>Signed in (set up by your IT team)</source>
            <translation>Angemeldet (von Ihrem IT-Team eingerichtet)</translation>
        </message>
        <message>
            <source>Signed in with an API key</source>
            <translation>Mit einem API-Schlüssel angemeldet</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Nicht angemeldet</translation>
        </message>
        <message>
            <source>Your company's AWS sign-in has ended. Sign in again to carry on.</source>
            <translation>Die AWS-Anmeldung Ihres Unternehmens ist abgelaufen. Melden Sie sich erneut an, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Signed in until {time}</source>
            <translation>Angemeldet bis {time}</translation>
        </message>
        <message>
            <source>pixdesk found no AWS sign-in on this computer.</source>
            <translation>pixdesk hat auf diesem Computer keine AWS-Anmeldung gefunden.</translation>
        </message>
        <message>
            <source>Sign-in expired</source>
            <translation>Anmeldung abgelaufen</translation>
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation>Problem bei der Anmeldung</translation>
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
            <translation>pixdesk zu diesem Screenshot fragen? Zum Anhängen klicken.</translation>
        </message>
    </context>
    <context>
        <name>document_chip</name>
        <message>
            <source>Goes with your question: {what}. Remove it to ask without the document.</source>
            <translation>Wird mit Ihrer Frage gesendet: {what}. Entfernen Sie es, um ohne das Dokument zu fragen.</translation>
        </message>
        <message>
            <source>Goes with the question: {what}</source>
            <translation>Wird mit der Frage gesendet: {what}</translation>
        </message>
        <message>
            <source>Delete removes it: the question then goes without the document.</source>
            <translation>Entf entfernt es: Die Frage wird dann ohne das Dokument gesendet.</translation>
        </message>
        <message>
            <source>Send without {what}</source>
            <translation>Ohne {what} senden</translation>
        </message>
    </context>
    <context>
        <name>document_plan</name>
        <message>
            <source>{document}: {pages} in {groups}, then one request that combines their answers — {requests} requests, about {input} tokens of question and at most {output} of answers, up to {cost} (estimate); {pace}.</source>
            <translation>{document}: {pages} in {groups}, dann eine Anfrage, die ihre Antworten zusammenfasst — {requests} Anfragen, etwa {input} Tokens Frage und höchstens {output} Antworten, bis zu {cost} (Schätzung); {pace}.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n Gruppe</numerusform>
                <numerusform>%n Gruppen</numerusform>
            </translation>
        </message>
        <message>
            <source>your quota lets every request through at once</source>
            <translation>Ihr Kontingent lässt alle Anfragen sofort durch</translation>
        </message>
        <message>
            <source>about {time} of waiting for room in your quota</source>
            <translation>etwa {time} Warten auf Platz in Ihrem Kontingent</translation>
        </message>
        <message>
            <source>There are no pages to ask about.</source>
            <translation>Es gibt keine Seiten, nach denen gefragt werden kann.</translation>
        </message>
        <message>
            <source>{document} is too long to ask about as a whole at your quota ({count} groups of pages would leave each part under {tokens} tokens of answer).</source>
            <translation>{document} ist zu lang, um bei Ihrem Kontingent als Ganzes danach zu fragen ({count} Seitengruppen ließen jedem Teil weniger als {tokens} Token Antwort).</translation>
        </message>
        <message>
            <source>Choose fewer pages (for example --pages 1-200), or raise the quota in Settings if your account's was raised.</source>
            <translation>Wählen Sie weniger Seiten (zum Beispiel --pages 1-200), oder erhöhen Sie das Kontingent in den Einstellungen, falls das Ihres Kontos erhöht wurde.</translation>
        </message>
        <message>
            <source>Page {page} of {document} is too large for one request at your quota.</source>
            <translation>Seite {page} von {document} ist bei Ihrem Kontingent zu groß für eine Anfrage.</translation>
        </message>
        <message>
            <source>Lower the longest answer in Settings, or raise the quota if your account's was raised.</source>
            <translation>Verringern Sie die längste Antwort in den Einstellungen, oder erhöhen Sie das Kontingent, falls das Ihres Kontos erhöht wurde.</translation>
        </message>
        <message>
            <source>page {pages}</source>
            <translation>Seite {pages}</translation>
        </message>
        <message>
            <source>pages {pages}</source>
            <translation>Seiten {pages}</translation>
        </message>
        <message>
            <source>About the whole of {document}, in {count} parts. Part 1 of {count}: {pages}.</source>
            <translation>Zum ganzen Dokument {document}, in {count} Teilen. Teil 1 von {count}: {pages}.</translation>
        </message>
        <message>
            <source>About the whole of {document}, {pages}.</source>
            <translation>Zum ganzen Dokument {document}, {pages}.</translation>
        </message>
        <message>
            <source>Part {number} of {count} — the same question about {pages}.</source>
            <translation>Teil {number} von {count} — dieselbe Frage zu {pages}.</translation>
        </message>
        <message>
            <source>Combine the answers of the {count} parts above into one: “{question}”</source>
            <translation>Die Antworten der {count} Teile oben zu einer zusammenfassen: „{question}“</translation>
        </message>
        <message>
            <source>Combine the answer above into one: “{question}”</source>
            <translation>Die Antwort oben zu einer zusammenfassen: „{question}“</translation>
        </message>
    </context>
    <context>
        <name>document_question</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>about {time} at your quota</source>
            <translation>etwa {time} bei Ihrem Kontingent</translation>
        </message>
        <message>
            <source>no wait at your quota</source>
            <translation>keine Wartezeit bei Ihrem Kontingent</translation>
        </message>
        <message numerus="yes">
            <source>{pages} in %n request(s)</source>
            <translation>
                <numerusform>{pages} in %n Anfrage</numerusform>
                <numerusform>{pages} in %n Anfragen</numerusform>
            </translation>
        </message>
        <message>
            <source>about {tokens} tokens</source>
            <translation>etwa {tokens} Tokens</translation>
        </message>
        <message>
            <source>up to {cost}</source>
            <translation>bis zu {cost}</translation>
        </message>
        <message numerus="yes">
            <source>The pages go in %n group(s) of at most 8, each asked on its own; then one more request combines their answers, with page numbers.
Size of the questions: about {input} tokens; of the answers: at most {output} tokens. The cost is an estimate, at its most.</source>
            <translation>
                <numerusform>Die Seiten werden in %n Gruppe mit höchstens 8 Seiten gesendet, jede für sich gefragt; danach fasst eine weitere Anfrage die Antworten mit Seitenzahlen zusammen.
Umfang der Fragen: etwa {input} Tokens; der Antworten: höchstens {output} Tokens. Die Kosten sind eine Schätzung, nach oben gerechnet.</numerusform>
                <numerusform>Die Seiten werden in %n Gruppen mit je höchstens 8 Seiten gesendet, jede für sich gefragt; danach fasst eine weitere Anfrage die Antworten mit Seitenzahlen zusammen.
Umfang der Fragen: etwa {input} Tokens; der Antworten: höchstens {output} Tokens. Die Kosten sind eine Schätzung, nach oben gerechnet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{resumed} of %n group(s) answered already — they will not be asked again.</source>
            <translation>
                <numerusform>{resumed} von %n Gruppe schon beantwortet — sie wird nicht erneut gefragt.</numerusform>
                <numerusform>{resumed} von %n Gruppen schon beantwortet — sie werden nicht erneut gefragt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting for your quota — {time} (group {number} of {count} next)</source>
            <translation>Warten auf Ihr Kontingent — {time} (als Nächstes Gruppe {number} von {count})</translation>
        </message>
        <message>
            <source>Combining the answers…</source>
            <translation>Die Antworten werden zusammengefasst…</translation>
        </message>
        <message>
            <source>Reading {pages} (group {number} of {count})…</source>
            <translation>{pages} werden gelesen (Gruppe {number} von {count})…</translation>
        </message>
        <message>
            <source>Question about the whole document</source>
            <translation>Frage zum ganzen Dokument</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <source>Send the requests of this plan</source>
            <translation>Die Anfragen dieses Plans senden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Send nothing</source>
            <translation>Nichts senden</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Stop after what is being written; asking again continues from there</source>
            <translation>Nach dem, was gerade geschrieben wird, anhalten; erneutes Fragen macht dort weiter</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Continue where it stopped</source>
            <translation>Dort weitermachen, wo es aufgehört hat</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Nothing is sent until you press Ask.</source>
            <translation>Es wird nichts gesendet, bis Sie auf „Fragen“ klicken.</translation>
        </message>
        <message>
            <source>Open a document with File ▸ Review a document… first.</source>
            <translation>Öffnen Sie zuerst über Datei ▸ Dokument prüfen… ein Dokument.</translation>
        </message>
        <message>
            <source>A question about the whole document is being answered: wait for it, or Stop it.</source>
            <translation>Eine Frage zum ganzen Dokument wird gerade beantwortet: Warten Sie darauf oder halten Sie sie an.</translation>
        </message>
        <message>
            <source>A question about the whole document goes without other images.</source>
            <translation>Eine Frage zum ganzen Dokument wird ohne weitere Bilder gesendet.</translation>
        </message>
        <message>
            <source>Remove them from the images to send, or ask about one page.</source>
            <translation>Entfernen Sie sie aus den zu sendenden Bildern oder fragen Sie zu einer einzelnen Seite.</translation>
        </message>
        <message>
            <source>About the whole of {name}: “{question}”</source>
            <translation>Zum ganzen Dokument {name}: „{question}“</translation>
        </message>
        <message>
            <source>Working out how to send it…</source>
            <translation>Es wird ermittelt, wie gesendet wird…</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>{name} konnte nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Wird gestartet…</translation>
        </message>
        <message>
            <source>Stopped. The answers so far are kept.</source>
            <translation>Angehalten. Die bisherigen Antworten bleiben erhalten.</translation>
        </message>
        <message>
            <source>Continue asks only what is left.</source>
            <translation>„Weiter“ fragt nur noch, was fehlt.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>The model gave no answer.</source>
            <translation>Das Modell hat nicht geantwortet.</translation>
        </message>
        <message>
            <source>The answers could not be combined.</source>
            <translation>Die Antworten konnten nicht zusammengefasst werden.</translation>
        </message>
        <message>
            <source>{pages} could not be read.</source>
            <translation>{pages} konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The answers so far are kept.</source>
            <translation>Die bisherigen Antworten bleiben erhalten.</translation>
        </message>
    </context>
    <context>
        <name>domain</name>
        <message>
            <source>The answer was cut off because it reached the maximum length.</source>
            <translation>Die Antwort wurde abgeschnitten, weil sie die maximale Länge erreicht hat.</translation>
        </message>
        <message>
            <source>A guardrail stopped the answer.</source>
            <translation>Ein Guardrail hat die Antwort gestoppt.</translation>
        </message>
        <message>
            <source>The answer was stopped by a content filter.</source>
            <translation>Die Antwort wurde von einem Inhaltsfilter gestoppt.</translation>
        </message>
        <message>
            <source>The conversation is too long for the model; the answer was cut off.</source>
            <translation>Die Unterhaltung ist zu lang für das Modell; die Antwort wurde abgeschnitten.</translation>
        </message>
    </context>
    <context>
        <name>empty_state</name>
        <message>
            <source>Drop a screenshot or a scanned page</source>
            <translation>Screenshot oder gescannte Seite hier ablegen</translation>
        </message>
        <message>
            <source>What is wrong in this screenshot?</source>
            <translation>Was ist auf diesem Screenshot falsch?</translation>
        </message>
        <message>
            <source>Transcribe this page</source>
            <translation>Diese Seite abschreiben</translation>
        </message>
        <message>
            <source>Give me the table as CSV</source>
            <translation>Die Tabelle als CSV ausgeben</translation>
        </message>
        <message>
            <source>Summarise this document</source>
            <translation>Dieses Dokument zusammenfassen</translation>
        </message>
        <message>
            <source>Empty conversation</source>
            <translation>Leere Unterhaltung</translation>
        </message>
        <message>
            <source>Drop images here</source>
            <translation>Bilder hier ablegen</translation>
        </message>
        <message>
            <source>…or bring one in another way, then ask about it.</source>
            <translation>…oder auf anderem Weg hinzufügen und dann danach fragen.</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Öffnen…</translation>
        </message>
        <message>
            <source>Choose images or a PDF to ask about (Ctrl+O)</source>
            <translation>Bilder oder ein PDF auswählen, um dazu zu fragen (Strg+O)</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Einfügen</translation>
        </message>
        <message>
            <source>Paste a screenshot from the clipboard (Ctrl+V)</source>
            <translation>Screenshot aus der Zwischenablage einfügen (Strg+V)</translation>
        </message>
        <message>
            <source>Review a document…</source>
            <translation>Dokument prüfen…</translation>
        </message>
        <message>
            <source>Open a scanned document page by page, to mark, redact and ask (Ctrl+R)</source>
            <translation>Ein gescanntes Dokument Seite für Seite öffnen, um zu markieren, zu schwärzen und zu fragen (Strg+R)</translation>
        </message>
        <message>
            <source>Or start from a common question:</source>
            <translation>Oder beginnen Sie mit einer häufigen Frage:</translation>
        </message>
        <message>
            <source>Puts this question in the question box</source>
            <translation>Setzt diese Frage in das Fragefeld</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Press Sign in again on the toolbar, or choose other credentials in Settings.</source>
            <translation>Klicken Sie in der Symbolleiste auf „Erneut anmelden“, oder wählen Sie in den Einstellungen andere Zugangsdaten.</translation>
        </message>
        <message>
            <source>{region} ({code})</source>
            <translation>{region} ({code})</translation>
        </message>
        <message>
            <source>Your conversations stay readable in pixdesk, and you can export them.</source>
            <translation>Ihre Unterhaltungen bleiben in pixdesk lesbar, und Sie können sie exportieren.</translation>
        </message>
        <message>
            <source>Amazon Bedrock no longer offers {model} to this account (it has been retired).</source>
            <translation>Amazon Bedrock bietet {model} für dieses Konto nicht mehr an (das Modell wurde eingestellt).</translation>
        </message>
        <message>
            <source>Ask your AWS admin what to use instead.</source>
            <translation>Fragen Sie Ihren AWS-Administrator, was Sie stattdessen verwenden sollen.</translation>
        </message>
        <message>
            <source>Amazon Bedrock has removed this account's access to {model}: it is now an old (legacy) model, kept only for accounts that used it recently.</source>
            <translation>Amazon Bedrock hat den Zugriff dieses Kontos auf {model} entfernt: Es ist jetzt ein altes (Legacy-)Modell, das nur Konten behalten, die es kürzlich genutzt haben.</translation>
        </message>
        <message>
            <source>Ask your AWS admin whether access can be restored, or what to use instead.</source>
            <translation>Fragen Sie Ihren AWS-Administrator, ob der Zugriff wiederhergestellt werden kann oder was Sie stattdessen verwenden sollen.</translation>
        </message>
        <message>
            <source>Your AWS account has not been granted access to {model} in {where}, or these credentials are not allowed to use it.</source>
            <translation>Ihr AWS-Konto hat keinen Zugriff auf {model} in {where} erhalten, oder diese Zugangsdaten dürfen es nicht verwenden.</translation>
        </message>
        <message>
            <source>Request model access in the Amazon Bedrock console (Model access) for this region, or ask your AWS administrator for bedrock:InvokeModelWithResponseStream permission.</source>
            <translation>Beantragen Sie den Modellzugriff in der Amazon-Bedrock-Konsole (Model access) für diese Region, oder bitten Sie Ihren AWS-Administrator um die Berechtigung bedrock:InvokeModelWithResponseStream.</translation>
        </message>
        <message>
            <source>Your AWS sign-in has expired.</source>
            <translation>Ihre AWS-Anmeldung ist abgelaufen.</translation>
        </message>
        <message>
            <source>AWS did not accept these credentials (the key or API key is wrong or was revoked).</source>
            <translation>AWS hat diese Zugangsdaten nicht akzeptiert (der Schlüssel oder API-Schlüssel ist falsch oder wurde widerrufen).</translation>
        </message>
        <message>
            <source>Check the AWS profile or Bedrock API key in Settings.</source>
            <translation>Prüfen Sie das AWS-Profil oder den Bedrock-API-Schlüssel in den Einstellungen.</translation>
        </message>
        <message>
            <source>Bedrock is limiting how fast this account can ask questions right now.</source>
            <translation>Bedrock begrenzt gerade, wie schnell dieses Konto Fragen stellen kann.</translation>
        </message>
        <message>
            <source>Wait a little and try again.</source>
            <translation>Warten Sie kurz und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{model} is starting up and not ready yet.</source>
            <translation>{model} startet gerade und ist noch nicht bereit.</translation>
        </message>
        <message>
            <source>Try again in a minute.</source>
            <translation>Versuchen Sie es in einer Minute erneut.</translation>
        </message>
        <message>
            <source>{model} took too long to answer.</source>
            <translation>{model} hat zu lange für die Antwort gebraucht.</translation>
        </message>
        <message>
            <source>Try again, perhaps with fewer or smaller images.</source>
            <translation>Versuchen Sie es erneut, vielleicht mit weniger oder kleineren Bildern.</translation>
        </message>
        <message>
            <source>Amazon Bedrock is unavailable in {where} right now.</source>
            <translation>Amazon Bedrock ist in {where} gerade nicht verfügbar.</translation>
        </message>
        <message>
            <source>Try again shortly, or pick another region.</source>
            <translation>Versuchen Sie es gleich noch einmal, oder wählen Sie eine andere Region.</translation>
        </message>
        <message>
            <source>{model} could not be found from {where}.</source>
            <translation>{model} wurde von {where} aus nicht gefunden.</translation>
        </message>
        <message>
            <source>Pick one of the listed regions; if it persists, update pixdesk.</source>
            <translation>Wählen Sie eine der aufgeführten Regionen; wenn es dabei bleibt, aktualisieren Sie pixdesk.</translation>
        </message>
        <message>
            <source>The conversation and images are too long for the model to read at once.</source>
            <translation>Die Unterhaltung und die Bilder sind zu lang, als dass das Modell sie auf einmal lesen könnte.</translation>
        </message>
        <message>
            <source>Start a new chat or remove some images.</source>
            <translation>Beginnen Sie einen neuen Chat, oder entfernen Sie einige Bilder.</translation>
        </message>
        <message>
            <source>Amazon Bedrock did not accept this question.</source>
            <translation>Amazon Bedrock hat diese Frage nicht angenommen.</translation>
        </message>
        <message>
            <source>Check the answer length, temperature and images; the details say what was wrong.</source>
            <translation>Prüfen Sie Antwortlänge, Temperatur und Bilder; die Details sagen, was falsch war.</translation>
        </message>
        <message>
            <source>{model} ran into a problem on Amazon's side.</source>
            <translation>{model} hatte ein Problem auf der Seite von Amazon.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Amazon Bedrock answered with an unexpected error.</source>
            <translation>Amazon Bedrock hat mit einem unerwarteten Fehler geantwortet.</translation>
        </message>
        <message>
            <source>Try again; if it persists, copy the details for support.</source>
            <translation>Versuchen Sie es erneut; wenn es dabei bleibt, kopieren Sie die Details für den Support.</translation>
        </message>
        <message>
            <source>The proxy server {proxy} did not accept the user name and password pixdesk gave it.</source>
            <translation>Der Proxyserver {proxy} hat den Benutzernamen und das Passwort, die pixdesk ihm gegeben hat, nicht akzeptiert.</translation>
        </message>
        <message>
            <source>The proxy server did not accept the user name and password pixdesk gave it.</source>
            <translation>Der Proxyserver hat den Benutzernamen und das Passwort, die pixdesk ihm gegeben hat, nicht akzeptiert.</translation>
        </message>
        <message>
            <source>Check the proxy's user name and password in Settings, under Network.</source>
            <translation>Prüfen Sie Benutzername und Passwort des Proxys in den Einstellungen unter „Netzwerk“.</translation>
        </message>
        <message>
            <source>pixdesk could not connect to {service} through the proxy server {proxy}.</source>
            <translation>pixdesk konnte über den Proxyserver {proxy} keine Verbindung mit {service} herstellen.</translation>
        </message>
        <message>
            <source>pixdesk could not connect to {service} through the proxy server.</source>
            <translation>pixdesk konnte über den Proxyserver keine Verbindung mit {service} herstellen.</translation>
        </message>
        <message>
            <source>Check the proxy in Settings, under Network, or ask your IT team which proxy to use.</source>
            <translation>Prüfen Sie den Proxy in den Einstellungen unter „Netzwerk“, oder fragen Sie Ihr IT-Team, welchen Proxy Sie verwenden sollen.</translation>
        </message>
        <message>
            <source>There is no AWS profile called “{profile}”.</source>
            <translation>Es gibt kein AWS-Profil namens „{profile}“.</translation>
        </message>
        <message>
            <source>Choose a profile from the list in Settings.</source>
            <translation>Wählen Sie in den Einstellungen ein Profil aus der Liste.</translation>
        </message>
        <message>
            <source>pixdesk has no AWS credentials to call Bedrock with.</source>
            <translation>pixdesk hat keine AWS-Zugangsdaten, um Bedrock aufzurufen.</translation>
        </message>
        <message>
            <source>Sign in with an AWS profile (or AWS SSO), or give pixdesk a Bedrock API key.</source>
            <translation>Melden Sie sich mit einem AWS-Profil (oder AWS SSO) an, oder geben Sie pixdesk einen Bedrock-API-Schlüssel.</translation>
        </message>
        <message>
            <source>The AWS SSO sign-in for the AWS profile “{profile}” has expired.</source>
            <translation>Die AWS-SSO-Anmeldung für das AWS-Profil „{profile}“ ist abgelaufen.</translation>
        </message>
        <message>
            <source>The AWS SSO sign-in for your AWS credentials has expired.</source>
            <translation>Die AWS-SSO-Anmeldung für Ihre AWS-Zugangsdaten ist abgelaufen.</translation>
        </message>
        <message>
            <source>pixdesk could not load the AWS profile “{profile}”.</source>
            <translation>pixdesk konnte das AWS-Profil „{profile}“ nicht laden.</translation>
        </message>
        <message>
            <source>pixdesk could not load your AWS credentials.</source>
            <translation>pixdesk konnte Ihre AWS-Zugangsdaten nicht laden.</translation>
        </message>
        <message>
            <source>Check the AWS profile settings, or choose another in Settings.</source>
            <translation>Prüfen Sie die Einstellungen des AWS-Profils, oder wählen Sie in den Einstellungen ein anderes.</translation>
        </message>
        <message>
            <source>pixdesk will not send a Bedrock API key over an unencrypted connection.</source>
            <translation>pixdesk sendet einen Bedrock-API-Schlüssel nicht über eine unverschlüsselte Verbindung.</translation>
        </message>
        <message>
            <source>Use an https:// endpoint, or sign in with an AWS profile instead.</source>
            <translation>Verwenden Sie einen https://-Endpunkt, oder melden Sie sich stattdessen mit einem AWS-Profil an.</translation>
        </message>
        <message>
            <source>The secure connection to Amazon Bedrock could not be verified: your company's network may inspect secure connections with a certificate this computer does not trust.</source>
            <translation>Die sichere Verbindung zu Amazon Bedrock konnte nicht überprüft werden: Das Netzwerk Ihres Unternehmens prüft sichere Verbindungen möglicherweise mit einem Zertifikat, dem dieser Computer nicht vertraut.</translation>
        </message>
        <message>
            <source>Ask your IT team to install the company's certificate on this computer, or to give you a certificate file for AWS_CA_BUNDLE.</source>
            <translation>Bitten Sie Ihr IT-Team, das Zertifikat des Unternehmens auf diesem Computer zu installieren oder Ihnen eine Zertifikatsdatei für AWS_CA_BUNDLE zu geben.</translation>
        </message>
        <message>
            <source>The secure connection to Amazon Bedrock could not be verified.</source>
            <translation>Die sichere Verbindung zu Amazon Bedrock konnte nicht überprüft werden.</translation>
        </message>
        <message>
            <source>A proxy or firewall may be intercepting it; ask your IT team, or check AWS_CA_BUNDLE.</source>
            <translation>Ein Proxy oder eine Firewall fängt sie möglicherweise ab; fragen Sie Ihr IT-Team, oder prüfen Sie AWS_CA_BUNDLE.</translation>
        </message>
        <message>
            <source>Amazon Bedrock stopped answering for too long.</source>
            <translation>Amazon Bedrock hat zu lange nicht mehr geantwortet.</translation>
        </message>
        <message>
            <source>pixdesk could not connect to Amazon Bedrock.</source>
            <translation>pixdesk konnte keine Verbindung zu Amazon Bedrock herstellen.</translation>
        </message>
        <message>
            <source>Check your internet connection and try again.</source>
            <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The connection to Amazon Bedrock was lost.</source>
            <translation>Die Verbindung zu Amazon Bedrock wurde unterbrochen.</translation>
        </message>
        <message>
            <source>pixdesk built a request Bedrock would not accept.</source>
            <translation>pixdesk hat eine Anfrage erstellt, die Bedrock nicht annehmen würde.</translation>
        </message>
        <message>
            <source>Please report this.</source>
            <translation>Bitte melden Sie dies.</translation>
        </message>
        <message>
            <source>Something went wrong while talking to Amazon Bedrock.</source>
            <translation>Bei der Kommunikation mit Amazon Bedrock ist etwas schiefgegangen.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>There is no conversation {number}.</source>
            <translation>Es gibt keine Unterhaltung {number}.</translation>
        </message>
    </context>
    <context>
        <name>fetch</name>
        <message>
            <source>pixdesk only downloads images from http:// or https:// addresses.</source>
            <translation>pixdesk lädt Bilder nur von http://- oder https://-Adressen herunter.</translation>
        </message>
        <message>
            <source>The image at {host} could not be downloaded.</source>
            <translation>Das Bild von {host} konnte nicht heruntergeladen werden.</translation>
        </message>
        <message>
            <source>Save it to your computer and drop the file instead.</source>
            <translation>Speichern Sie es auf Ihrem Computer und ziehen Sie stattdessen die Datei hierher.</translation>
        </message>
        <message>
            <source>The image {name} is larger than {size} MB.</source>
            <translation>Das Bild {name} ist größer als {size} MB.</translation>
        </message>
        <message>
            <source>Save a smaller copy and drop that instead.</source>
            <translation>Speichern Sie eine kleinere Kopie und ziehen Sie stattdessen diese hierher.</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>Choose an image or a document saved as a file.</source>
            <translation>Wählen Sie ein Bild oder ein Dokument, das als Datei gespeichert ist.</translation>
        </message>
        <message>
            <source>{name} is larger than pixdesk reads ({size} MB).</source>
            <translation>{name} ist größer, als pixdesk liest ({size} MB).</translation>
        </message>
        <message>
            <source>{name} is not a file but a pipe, so pixdesk does not read it.</source>
            <translation>{name} ist keine Datei, sondern eine Pipe; pixdesk liest sie daher nicht.</translation>
        </message>
        <message>
            <source>{name} is not a file but a device, so pixdesk does not read it.</source>
            <translation>{name} ist keine Datei, sondern ein Gerät; pixdesk liest es daher nicht.</translation>
        </message>
        <message>
            <source>{name} is not a file but a socket, so pixdesk does not read it.</source>
            <translation>{name} ist keine Datei, sondern ein Socket; pixdesk liest ihn daher nicht.</translation>
        </message>
        <message>
            <source>{name} is not a file but something other than a file, so pixdesk does not read it.</source>
            <translation>{name} ist keine Datei, sondern etwas anderes; pixdesk liest es daher nicht.</translation>
        </message>
        <message>
            <source>Cannot write {path}: part of that path is a file, not a folder.</source>
            <translation>{path} kann nicht geschrieben werden: Ein Teil dieses Pfads ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut</name>
        <message>
            <source>Your desktop (Wayland) does not let programs set a shortcut that works in every window. In pixdesk, {shortcut} still captures, and so does the pixdesk icon's menu beside the clock.</source>
            <translation>Ihr Desktop (Wayland) erlaubt Programmen keine Tastenkombination, die in jedem Fenster funktioniert. In pixdesk nimmt {shortcut} weiterhin auf, ebenso das Menü des pixdesk-Symbols neben der Uhr.</translation>
        </message>
        <message>
            <source>pixdesk is running without a desktop here, so it has no shortcut outside its window. In pixdesk, {shortcut} still captures.</source>
            <translation>pixdesk läuft hier ohne Desktop und hat daher keine Tastenkombination außerhalb seines Fensters. In pixdesk nimmt {shortcut} weiterhin auf.</translation>
        </message>
        <message>
            <source>Off. In the pixdesk window, {shortcut} still captures.</source>
            <translation>Aus. Im pixdesk-Fenster nimmt {shortcut} weiterhin auf.</translation>
        </message>
        <message>
            <source>{shortcut} will capture from any program while pixdesk runs.</source>
            <translation>{shortcut} nimmt aus jedem Programm auf, solange pixdesk läuft.</translation>
        </message>
        <message>
            <source>{shortcut} captures from any program while pixdesk runs.</source>
            <translation>{shortcut} nimmt aus jedem Programm auf, solange pixdesk läuft.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut.keys</name>
        <message>
            <source>Use at least two of Ctrl, Alt and Shift with a letter (for example Ctrl+Alt+S): with fewer, the shortcut would take that key away from every other program.</source>
            <translation>Verwenden Sie mindestens zwei von Strg, Alt und Umschalt mit einem Buchstaben (zum Beispiel Strg+Alt+S): Mit weniger würde die Tastenkombination diese Taste allen anderen Programmen wegnehmen.</translation>
        </message>
        <message>
            <source>pixdesk cannot use that key outside its window. Choose a letter, a digit or F1–F12.</source>
            <translation>pixdesk kann diese Taste außerhalb seines Fensters nicht verwenden. Wählen Sie einen Buchstaben, eine Ziffer oder F1–F12.</translation>
        </message>
        <message>
            <source>Choose one key with its modifiers (for example Ctrl+Alt+S), not several in a row.</source>
            <translation>Wählen Sie eine Taste mit ihren Zusatztasten (zum Beispiel Strg+Alt+S), nicht mehrere nacheinander.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut.macos</name>
        <message>
            <source>macOS did not accept a shortcut from pixdesk (error {code}).</source>
            <translation>macOS hat keine Tastenkombination von pixdesk angenommen (Fehler {code}).</translation>
        </message>
        <message>
            <source>Another program already uses {shortcut}. Choose another shortcut.</source>
            <translation>Ein anderes Programm verwendet {shortcut} bereits. Wählen Sie eine andere Tastenkombination.</translation>
        </message>
        <message>
            <source>macOS does not allow {shortcut} as a shortcut. Choose one with ⌘ or ⌃.</source>
            <translation>macOS erlaubt {shortcut} nicht als Tastenkombination. Wählen Sie eine mit ⌘ oder ⌃.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut.windows</name>
        <message>
            <source>Another program already uses {shortcut}. Choose another shortcut.</source>
            <translation>Ein anderes Programm verwendet {shortcut} bereits. Wählen Sie eine andere Tastenkombination.</translation>
        </message>
        <message>
            <source>Windows refused {shortcut} (error {code}). Choose another shortcut.</source>
            <translation>Windows hat {shortcut} abgelehnt (Fehler {code}). Wählen Sie eine andere Tastenkombination.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut.x11</name>
        <message>
            <source>pixdesk could not find the X11 library, so it has no shortcut outside its window.</source>
            <translation>pixdesk hat die X11-Bibliothek nicht gefunden und hat daher keine Tastenkombination außerhalb seines Fensters.</translation>
        </message>
        <message>
            <source>pixdesk could not reach your desktop's display to set the shortcut.</source>
            <translation>pixdesk konnte die Anzeige Ihres Desktops nicht erreichen, um die Tastenkombination festzulegen.</translation>
        </message>
        <message>
            <source>This keyboard has no key for {shortcut}. Choose another shortcut.</source>
            <translation>Diese Tastatur hat keine Taste für {shortcut}. Wählen Sie eine andere Tastenkombination.</translation>
        </message>
        <message>
            <source>Another program already uses {shortcut}. Choose another shortcut.</source>
            <translation>Ein anderes Programm verwendet {shortcut} bereits. Wählen Sie eine andere Tastenkombination.</translation>
        </message>
        <message>
            <source>Your desktop refused {shortcut}. Choose another shortcut.</source>
            <translation>Ihr Desktop hat {shortcut} abgelehnt. Wählen Sie eine andere Tastenkombination.</translation>
        </message>
    </context>
    <context>
        <name>help_dialogs</name>
        <message>
            <source>About pixdesk</source>
            <translation>Über pixdesk</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
    </context>
    <context>
        <name>help_menu</name>
        <message>
            <source>Send the question</source>
            <translation>Frage senden</translation>
        </message>
        <message>
            <source>Start a new line in the question</source>
            <translation>Neue Zeile in der Frage beginnen</translation>
        </message>
        <message>
            <source>Menu of the selected conversation (history list)</source>
            <translation>Menü der ausgewählten Unterhaltung (Verlaufsliste)</translation>
        </message>
        <message>
            <source>Stop the answer being written</source>
            <translation>Antwort anhalten, die gerade geschrieben wird</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;Report a problem</source>
            <translation>Problem &amp;melden</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>&amp;Protokollordner öffnen</translation>
        </message>
        <message>
            <source>&amp;About pixdesk</source>
            <translation>Ü&amp;ber pixdesk</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Model end of life</source>
            <translation>Modell-Lebensende</translation>
        </message>
        <message>
            <source>Inference profile in use</source>
            <translation>Verwendetes Inferenzprofil</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>nothing is kept (history off)</source>
            <translation>nichts wird gespeichert (Verlauf aus)</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>Protokollordner</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>Ask {model} on Amazon Bedrock about screenshots and scanned documents.</source>
            <translation>Fragen Sie {model} auf Amazon Bedrock zu Screenshots und gescannten Dokumenten.</translation>
        </message>
        <message>
            <source>Details for support copied — paste them into your message. They contain no keys or passwords.</source>
            <translation>Details für den Support kopiert – fügen Sie sie in Ihre Nachricht ein. Sie enthalten keine Schlüssel oder Passwörter.</translation>
        </message>
    </context>
    <context>
        <name>history_controller</name>
        <message>
            <source>conversation</source>
            <translation>Unterhaltung</translation>
        </message>
    </context>
    <context>
        <name>history_dates</name>
        <message>
            <source>Older</source>
            <translation>Älter</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Gestern</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>MMMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy, HH:mm</source>
            <translation>d. MMM yyyy, HH:mm</translation>
        </message>
    </context>
    <context>
        <name>history_panel</name>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Search all conversations</source>
            <translation>Alle Unterhaltungen durchsuchen</translation>
        </message>
        <message>
            <source>Search history</source>
            <translation>Verlauf durchsuchen</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Unterhaltungen</translation>
        </message>
        <message>
            <source>Menu key or Shift+F10: rename, export or delete. F2 renames.</source>
            <translation>Menütaste oder Umschalt+F10: umbenennen, exportieren oder löschen. F2 benennt um.</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Neuer Chat</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>Aktionen für die Unterhaltung</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Umbenennen…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>history list</source>
            <translation>Verlaufsliste</translation>
        </message>
        <message numerus="yes">
            <source>{date} · %n question(s)</source>
            <translation>
                <numerusform>{date} · %n Frage</numerusform>
                <numerusform>{date} · %n Fragen</numerusform>
            </translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Rename conversation</source>
            <translation>Unterhaltung umbenennen</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <source>Delete conversation?</source>
            <translation>Unterhaltung löschen?</translation>
        </message>
        <message>
            <source>Delete “{title}” and its images? This cannot be undone.</source>
            <translation>„{title}“ und die zugehörigen Bilder löschen? Das lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Delete conversation</source>
            <translation>Unterhaltung löschen</translation>
        </message>
    </context>
    <context>
        <name>image_intake</name>
        <message>
            <source>Images and PDFs</source>
            <translation>Bilder und PDFs</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
        <message>
            <source>Add images</source>
            <translation>Bilder hinzufügen</translation>
        </message>
        <message>
            <source>pasted image</source>
            <translation>eingefügtes Bild</translation>
        </message>
    </context>
    <context>
        <name>images</name>
        <message>
            <source>Pixtral Large reads at most {limit} images at a time; this question has {count}.</source>
            <translation>Pixtral Large liest höchstens {limit} Bilder auf einmal; diese Frage hat {count}.</translation>
        </message>
        <message>
            <source>Pixtral Large reads at most {limit} images at a time; this question has at least {count}.</source>
            <translation>Pixtral Large liest höchstens {limit} Bilder auf einmal; diese Frage hat mindestens {count}.</translation>
        </message>
        <message>
            <source>Choose fewer pages (for example --pages 1-8), or ask about the files one at a time.</source>
            <translation>Wählen Sie weniger Seiten (zum Beispiel --pages 1-8), oder fragen Sie nach den Dateien einzeln.</translation>
        </message>
    </context>
    <context>
        <name>intake</name>
        <message>
            <source>“{pages}” is not a page list.</source>
            <translation>„{pages}“ ist keine Seitenliste.</translation>
        </message>
        <message>
            <source>Write pages like 1-3,5 or all.</source>
            <translation>Schreiben Sie Seiten wie 1-3,5 oder all.</translation>
        </message>
        <message>
            <source>“{pages}” is not a page range.</source>
            <translation>„{pages}“ ist kein Seitenbereich.</translation>
        </message>
        <message>
            <source>Pages are numbered from 1.</source>
            <translation>Seiten werden ab 1 gezählt.</translation>
        </message>
        <message>
            <source>There is no page {page}: the document has {count}.</source>
            <translation>Es gibt keine Seite {page}: Das Dokument hat {count}.</translation>
        </message>
        <message>
            <source>“{area}” is not an area.</source>
            <translation>„{area}“ ist kein Bereich.</translation>
        </message>
        <message>
            <source>Write it as x,y,width,height in pixels, e.g. 100,200,640,480.</source>
            <translation>Schreiben Sie ihn als x,y,Breite,Höhe in Pixeln, z. B. 100,200,640,480.</translation>
        </message>
    </context>
    <context>
        <name>json_format</name>
        <message>
            <source>Cannot import {name}: {reason}.</source>
            <translation>{name} kann nicht importiert werden: {reason}.</translation>
        </message>
        <message>
            <source>the file is damaged ({where}: {what})</source>
            <translation>die Datei ist beschädigt ({where}: {what})</translation>
        </message>
        <message>
            <source>it is not a file</source>
            <translation>es ist keine Datei</translation>
        </message>
        <message>
            <source>it is larger than pixdesk imports ({megabytes} MB)</source>
            <translation>sie ist größer, als pixdesk importiert ({megabytes} MB)</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>diese Datei gibt es nicht</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>es ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <source>it could not be read ({why})</source>
            <translation>sie konnte nicht gelesen werden ({why})</translation>
        </message>
        <message>
            <source>it is not a JSON file</source>
            <translation>es ist keine JSON-Datei</translation>
        </message>
        <message>
            <source>it is not a pixdesk conversation export</source>
            <translation>es ist kein Unterhaltungsexport von pixdesk</translation>
        </message>
        <message>
            <source>it was made by a newer pixdesk (format version {version}); update pixdesk to import it</source>
            <translation>sie stammt aus einer neueren pixdesk-Version (Formatversion {version}); aktualisieren Sie pixdesk, um sie zu importieren</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Open images…</source>
            <translation>Bilder ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;New chat</source>
            <translation>&amp;Neuer Chat</translation>
        </message>
        <message>
            <source>&amp;Export conversation…</source>
            <translation>Unterhaltung &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Import conversation…</source>
            <translation>Unterhaltung &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Paste image</source>
            <translation>Bild &amp;einfügen</translation>
        </message>
        <message>
            <source>&amp;Stop answer</source>
            <translation>Antwort an&amp;halten</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Ein&amp;stellungen…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Show &amp;conversations</source>
            <translation>&amp;Unterhaltungen anzeigen</translation>
        </message>
        <message>
            <source>Show or hide the list of conversations (Ctrl+Shift+H)</source>
            <translation>Liste der Unterhaltungen ein- oder ausblenden (Strg+Umschalt+H)</translation>
        </message>
        <message>
            <source>Type a question first.</source>
            <translation>Geben Sie zuerst eine Frage ein.</translation>
        </message>
        <message>
            <source>Preparing the images…</source>
            <translation>Bilder werden vorbereitet…</translation>
        </message>
        <message>
            <source>pixdesk was closed while an answer was being written. The question and the answer so far are kept below, marked interrupted; Retry asks again.</source>
            <translation>pixdesk wurde geschlossen, während eine Antwort geschrieben wurde. Die Frage und die bisherige Antwort stehen unten, als unterbrochen markiert; „Erneut versuchen“ fragt noch einmal.</translation>
        </message>
        <message>
            <source>Stop the answer being written first (Esc).</source>
            <translation>Halten Sie zuerst die Antwort an, die gerade geschrieben wird (Esc).</translation>
        </message>
        <message>
            <source>Asking again with {tier}. Your next questions use {chosen}.</source>
            <translation>Erneute Anfrage mit {tier}. Ihre nächsten Fragen verwenden {chosen}.</translation>
        </message>
        <message>
            <source>Choose where your data is processed: pixdesk asks again there at once.</source>
            <translation>Wählen Sie, wo Ihre Daten verarbeitet werden: pixdesk fragt dort sofort noch einmal.</translation>
        </message>
        <message>
            <source>Choose where your data is processed, then press Retry.</source>
            <translation>Wählen Sie, wo Ihre Daten verarbeitet werden, und klicken Sie dann auf „Erneut versuchen“.</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Kopiert.</translation>
        </message>
        <message>
            <source>Speed and price are set by your organisation: pixdesk keeps trying with them.</source>
            <translation>Tempo und Preis legt Ihre Organisation fest: pixdesk versucht es weiter damit.</translation>
        </message>
        <message>
            <source>Where your data is processed is set by your organisation: pixdesk keeps trying there.</source>
            <translation>Wo Ihre Daten verarbeitet werden, legt Ihre Organisation fest: pixdesk versucht es dort weiter.</translation>
        </message>
        <message>
            <source>The clipboard holds no image. Copy a screenshot first, then Paste.</source>
            <translation>Die Zwischenablage enthält kein Bild. Kopieren Sie zuerst einen Screenshot und fügen Sie ihn dann ein.</translation>
        </message>
        <message>
            <source>pixdesk does not open {scheme} links from answers.</source>
            <translation>pixdesk öffnet keine {scheme}-Links aus Antworten.</translation>
        </message>
        <message>
            <source>pixdesk does not open relative links from answers.</source>
            <translation>pixdesk öffnet keine relativen Links aus Antworten.</translation>
        </message>
        <message>
            <source>Open link?</source>
            <translation>Link öffnen?</translation>
        </message>
        <message>
            <source>The answer links to:

{address}

Open it in your web browser?</source>
            <translation>Die Antwort verlinkt auf:

{address}

Im Webbrowser öffnen?</translation>
        </message>
    </context>
    <context>
        <name>managed</name>
        <message>
            <source>Set by your organisation</source>
            <translation>Von Ihrer Organisation festgelegt</translation>
        </message>
        <message>
            <source>{region} is not allowed on this computer: your organisation allows only {places} ({codes}).</source>
            <translation>{region} ist auf diesem Computer nicht erlaubt: Ihre Organisation erlaubt nur {places} ({codes}).</translation>
        </message>
        <message>
            <source>{places} and {place}</source>
            <translation>{places} und {place}</translation>
        </message>
    </context>
    <context>
        <name>markdown_format</name>
        <message>
            <source>Cannot write to {path}: it is a file, not a folder.</source>
            <translation>In {path} kann nicht geschrieben werden: Es ist eine Datei, kein Ordner.</translation>
        </message>
    </context>
    <context>
        <name>network</name>
        <message>
            <source>Enter the proxy's address, for example proxy.example.com:8080.</source>
            <translation>Geben Sie die Adresse des Proxys ein, zum Beispiel proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>The proxy's port must be a number, as in proxy.example.com:8080.</source>
            <translation>Der Port des Proxys muss eine Zahl sein, wie in proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>This is not a proxy address; it looks like proxy.example.com:8080.</source>
            <translation>Das ist keine Proxyadresse; sie sieht so aus: proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>Add the proxy's port, as in proxy.example.com:8080.</source>
            <translation>Fügen Sie den Port des Proxys hinzu, wie in proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>The proxy address in Settings is not one pixdesk can use.</source>
            <translation>Die Proxyadresse in den Einstellungen kann pixdesk nicht verwenden.</translation>
        </message>
        <message>
            <source>Correct it in Settings, under Network.</source>
            <translation>Korrigieren Sie sie in den Einstellungen unter „Netzwerk“.</translation>
        </message>
    </context>
    <context>
        <name>page_view</name>
        <message>
            <source>Redacted: never sent</source>
            <translation>Geschwärzt: wird nie gesendet</translation>
        </message>
        <message>
            <source>Asked about</source>
            <translation>Danach gefragt</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Seite</translation>
        </message>
    </context>
    <context>
        <name>pickers</name>
        <message>
            <source>Data processed in</source>
            <translation>Verarbeitung in</translation>
        </message>
        <message>
            <source>Speed and price</source>
            <translation>Tempo und Preis</translation>
        </message>
        <message>
            <source>Region: {region} · inference profile {profile}
Model: {model}</source>
            <translation>Region: {region} · Inferenzprofil {profile}
Modell: {model}</translation>
        </message>
        <message>
            <source>Price: {question} per 1K tokens of question, {answer} per 1K tokens of answer (estimate).</source>
            <translation>Preis: {question} pro 1.000 Tokens Frage, {answer} pro 1.000 Tokens Antwort (geschätzt).</translation>
        </message>
        <message>
            <source>Standard's price, for comparison: {question} per 1K tokens of question, {answer} per 1K tokens of answer (estimate).</source>
            <translation>Standardpreis zum Vergleich: {question} pro 1.000 Tokens Frage, {answer} pro 1.000 Tokens Antwort (geschätzt).</translation>
        </message>
    </context>
    <context>
        <name>prepare</name>
        <message>
            <source>whole page, for context</source>
            <translation>ganze Seite, zum Zusammenhang</translation>
        </message>
        <message>
            <source>{name} looks different each time pixdesk reads it, so it cannot be sure where the areas you marked fall.</source>
            <translation>{name} sieht bei jedem Lesen anders aus; pixdesk kann daher nicht sicher sein, wo die markierten Bereiche liegen.</translation>
        </message>
        <message>
            <source>Open and re-save the file (or take the screenshot again), then try again.</source>
            <translation>Öffnen und speichern Sie die Datei erneut (oder nehmen Sie den Screenshot erneut auf), und versuchen Sie es dann noch einmal.</translation>
        </message>
        <message>
            <source>The area to redact must have a width and a height.</source>
            <translation>Der zu schwärzende Bereich muss eine Breite und eine Höhe haben.</translation>
        </message>
        <message>
            <source>The area to crop must have a width and a height.</source>
            <translation>Der zuzuschneidende Bereich muss eine Breite und eine Höhe haben.</translation>
        </message>
        <message>
            <source>The area to redact starts outside the image ({width}×{height} pixels).</source>
            <translation>Der zu schwärzende Bereich beginnt außerhalb des Bildes ({width}×{height} Pixel).</translation>
        </message>
        <message>
            <source>The area to crop starts outside the image ({width}×{height} pixels).</source>
            <translation>Der zuzuschneidende Bereich beginnt außerhalb des Bildes ({width}×{height} Pixel).</translation>
        </message>
    </context>
    <context>
        <name>proxy_settings</name>
        <message>
            <source>Use this computer's settings</source>
            <translation>Einstellungen dieses Computers verwenden</translation>
        </message>
        <message>
            <source>What your IT team set up for every program; right for most people.</source>
            <translation>Was Ihr IT-Team für alle Programme eingerichtet hat; für die meisten das Richtige.</translation>
        </message>
        <message>
            <source>Use this proxy</source>
            <translation>Diesen Proxy verwenden</translation>
        </message>
        <message>
            <source>No proxy</source>
            <translation>Kein Proxy</translation>
        </message>
        <message>
            <source>Connect directly, even where this computer is set to use a proxy.</source>
            <translation>Direkt verbinden, auch wenn dieser Computer auf einen Proxy eingestellt ist.</translation>
        </message>
        <message>
            <source>In use now: {what}</source>
            <translation>Jetzt verwendet: {what}</translation>
        </message>
        <message>
            <source>Only if the proxy asks you to sign in</source>
            <translation>Nur, wenn der Proxy eine Anmeldung verlangt</translation>
        </message>
        <message>
            <source>Kept in your system's keychain, never in a file or in the log.</source>
            <translation>Wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei oder im Protokoll.</translation>
        </message>
        <message>
            <source>This computer offers no keychain: it is kept only until pixdesk quits, never in a file.</source>
            <translation>Dieser Computer bietet keinen Schlüsselbund: Es wird nur bis zum Beenden von pixdesk aufbewahrt, nie in einer Datei.</translation>
        </message>
        <message>
            <source>Proxy password</source>
            <translation>Proxy-Passwort</translation>
        </message>
    </context>
    <context>
        <name>quota</name>
        <message>
            <source>This request needs about {tokens} tokens, more than the quota allows ({limit} a minute).</source>
            <translation>Diese Anfrage braucht etwa {tokens} Token, mehr als das Kontingent erlaubt ({limit} pro Minute).</translation>
        </message>
        <message>
            <source>Send fewer or smaller images, or lower the longest answer in Settings; if your account's quota was raised, enter it in Settings.</source>
            <translation>Senden Sie weniger oder kleinere Bilder, oder verringern Sie die längste Antwort in den Einstellungen; wenn das Kontingent Ihres Kontos erhöht wurde, tragen Sie es in den Einstellungen ein.</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} Min.</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} Std. {minutes} Min.</translation>
        </message>
    </context>
    <context>
        <name>region_question</name>
        <message>
            <source>Question about the selected region</source>
            <translation>Frage zum ausgewählten Bereich</translation>
        </message>
        <message>
            <source>Ask about this region…</source>
            <translation>Zu diesem Bereich fragen…</translation>
        </message>
        <message>
            <source>Question about the region</source>
            <translation>Frage zum Bereich</translation>
        </message>
        <message>
            <source>Enter asks; Esc closes this box (the region stays selected)</source>
            <translation>Enter fragt; Esc schließt dieses Feld (der Bereich bleibt ausgewählt)</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <source>Ask about the region</source>
            <translation>Zum Bereich fragen</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <source>There is no conversation {number}.</source>
            <translation>Es gibt keine Unterhaltung {number}.</translation>
        </message>
        <message>
            <source>The report needs the document itself, and {path} cannot be read ({reason}).</source>
            <translation>Der Bericht braucht das Dokument selbst, und {path} kann nicht gelesen werden ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>report_export</name>
        <message>
            <source>[image not shown: {description}]</source>
            <translation>[Bild nicht angezeigt: {description}]</translation>
        </message>
        <message>
            <source>[image not shown]</source>
            <translation>[Bild nicht angezeigt]</translation>
        </message>
        <message>
            <source>cannot write {path}</source>
            <translation>{path} kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>{page} of {count}</source>
            <translation>{page} von {count}</translation>
        </message>
    </context>
    <context>
        <name>request</name>
        <message>
            <source>Temperature</source>
            <translation>Temperatur</translation>
        </message>
        <message>
            <source>Top P</source>
            <translation>Top P</translation>
        </message>
        <message>
            <source>Pixtral Large is not offered from the region “{region}”.</source>
            <translation>Pixtral Large wird aus der Region „{region}“ nicht angeboten.</translation>
        </message>
        <message>
            <source>Choose one of: {regions}.</source>
            <translation>Wählen Sie eine davon: {regions}.</translation>
        </message>
        <message>
            <source>“{tier}” is not a service tier.</source>
            <translation>„{tier}“ ist keine Servicestufe.</translation>
        </message>
        <message>
            <source>Choose Standard, Priority or Flex.</source>
            <translation>Wählen Sie Standard, Priority oder Flex.</translation>
        </message>
        <message>
            <source>The answer length must be between 1 and {limit} tokens, not {value}.</source>
            <translation>Die Antwortlänge muss zwischen 1 und {limit} Token liegen, nicht {value}.</translation>
        </message>
        <message>
            <source>{setting} must be between {low} and {high}, not {value}.</source>
            <translation>{setting} muss zwischen {low} und {high} liegen, nicht {value}.</translation>
        </message>
        <message>
            <source>Type a question first.</source>
            <translation>Geben Sie zuerst eine Frage ein.</translation>
        </message>
        <message>
            <source>The conversation is out of order (questions and answers must alternate).</source>
            <translation>Die Unterhaltung ist durcheinander (Fragen und Antworten müssen sich abwechseln).</translation>
        </message>
        <message>
            <source>Start a new chat.</source>
            <translation>Beginnen Sie einen neuen Chat.</translation>
        </message>
        <message>
            <source>Images can only be part of a question.</source>
            <translation>Bilder können nur Teil einer Frage sein.</translation>
        </message>
        <message>
            <source>The conversation contains an empty message.</source>
            <translation>Die Unterhaltung enthält eine leere Nachricht.</translation>
        </message>
        <message>
            <source>Pixtral Large reads at most {limit} images at a time; this question has {count}.</source>
            <translation>Pixtral Large liest höchstens {limit} Bilder auf einmal; diese Frage hat {count}.</translation>
        </message>
        <message>
            <source>Remove some images or start a new chat.</source>
            <translation>Entfernen Sie einige Bilder, oder beginnen Sie einen neuen Chat.</translation>
        </message>
        <message>
            <source>An image</source>
            <translation>Ein Bild</translation>
        </message>
        <message>
            <source>{name} is in a format Bedrock does not accept ({format}).</source>
            <translation>{name} hat ein Format, das Bedrock nicht annimmt ({format}).</translation>
        </message>
        <message>
            <source>{name} is not really a {format} image.</source>
            <translation>{name} ist nicht wirklich ein {format}-Bild.</translation>
        </message>
        <message>
            <source>{name} is larger than the {megabytes} MB Bedrock accepts.</source>
            <translation>{name} ist größer als die {megabytes} MB, die Bedrock annimmt.</translation>
        </message>
        <message>
            <source>{name} is larger than {pixels} pixels on a side.</source>
            <translation>{name} ist an einer Seite größer als {pixels} Pixel.</translation>
        </message>
    </context>
    <context>
        <name>retention</name>
        <message>
            <source>Forever</source>
            <translation>Für immer</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 Jahr</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older conversation(s) deleted, as Settings ▸ Privacy asks.</source>
            <translation>
                <numerusform>%n ältere Unterhaltung gelöscht, wie unter Einstellungen ▸ Datenschutz gewünscht.</numerusform>
                <numerusform>%n ältere Unterhaltungen gelöscht, wie unter Einstellungen ▸ Datenschutz gewünscht.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message>
            <source>A mark must start on the page.</source>
            <translation>Eine Markierung muss auf der Seite beginnen.</translation>
        </message>
    </context>
    <context>
        <name>review_controller</name>
        <message>
            <source>Transcribe all the text on this page, including the fine print.</source>
            <translation>Gib den gesamten Text dieser Seite wieder, einschließlich des Kleingedruckten.</translation>
        </message>
        <message numerus="yes">
            <source>Page {page} goes to Pixtral Large as %n overlapping tile(s), each at up to full resolution.</source>
            <translation>
                <numerusform>Seite {page} geht als %n überlappende Kachel an Pixtral Large, jeweils bis zur vollen Auflösung.</numerusform>
                <numerusform>Seite {page} geht als %n überlappende Kacheln an Pixtral Large, jeweils bis zur vollen Auflösung.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Page {page} goes to Pixtral Large whole, plus %n close-up(s) of its small print, enlarged only as far as that text needs.</source>
            <translation>
                <numerusform>Seite {page} geht vollständig an Pixtral Large, dazu %n Nahaufnahme ihres Kleingedruckten, nur so weit vergrößert, wie dieser Text es braucht.</numerusform>
                <numerusform>Seite {page} geht vollständig an Pixtral Large, dazu %n Nahaufnahmen ihres Kleingedruckten, nur so weit vergrößert, wie dieser Text es braucht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Page {page} goes to Pixtral Large as it is: all its text is large enough to read at that size.</source>
            <translation>Seite {page} geht unverändert an Pixtral Large: Ihr gesamter Text ist in dieser Größe gut lesbar.</translation>
        </message>
        <message numerus="yes">
            <source>About {tokens} input tokens, including %n earlier image(s) that go along with the conversation (≈ {cost}, estimate), with the question:

“{question}”</source>
            <translation>
                <numerusform>Etwa {tokens} Eingabe-Tokens, einschließlich %n früheren Bildes, das mit der Unterhaltung mitgeht (≈ {cost}, geschätzt), mit der Frage:

„{question}“</numerusform>
                <numerusform>Etwa {tokens} Eingabe-Tokens, einschließlich %n früherer Bilder, die mit der Unterhaltung mitgehen (≈ {cost}, geschätzt), mit der Frage:

„{question}“</numerusform>
            </translation>
        </message>
        <message>
            <source>About {tokens} input tokens (≈ {cost}, estimate), with the question:

“{question}”</source>
            <translation>Etwa {tokens} Eingabe-Tokens (≈ {cost}, geschätzt), mit der Frage:

„{question}“</translation>
        </message>
        <message>
            <source>Review a document</source>
            <translation>Dokument prüfen</translation>
        </message>
        <message>
            <source>Scans and documents</source>
            <translation>Scans und Dokumente</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
        <message>
            <source>Wait for the answer being written (or stop it with Esc), then open the document.</source>
            <translation>Warten Sie auf die Antwort, die gerade geschrieben wird (oder halten Sie sie mit Esc an), und öffnen Sie dann das Dokument.</translation>
        </message>
        <message>
            <source>pixdesk could not open {path}: {reason}.</source>
            <translation>pixdesk konnte {path} nicht öffnen: {reason}.</translation>
        </message>
        <message>
            <source>{name} cannot be shown: it has been moved, changed or deleted. It was at {path}. Open it again with File ▸ Review a document…</source>
            <translation>{name} kann nicht angezeigt werden: Die Datei wurde verschoben, geändert oder gelöscht. Sie lag unter {path}. Öffnen Sie sie erneut mit Datei ▸ Dokument prüfen…</translation>
        </message>
        <message>
            <source>{name} cannot be shown: it has been moved, changed or deleted. Open it again with File ▸ Review a document…</source>
            <translation>{name} kann nicht angezeigt werden: Die Datei wurde verschoben, geändert oder gelöscht. Öffnen Sie sie erneut mit Datei ▸ Dokument prüfen…</translation>
        </message>
        <message>
            <source>Redacted: this area is blacked out in everything sent from this page, including images sent earlier when they go along again.</source>
            <translation>Geschwärzt: Dieser Bereich ist in allem geschwärzt, was von dieser Seite gesendet wird, auch in früher gesendeten Bildern, wenn sie erneut mitgehen.</translation>
        </message>
        <message>
            <source>Remove the redaction?</source>
            <translation>Schwärzung entfernen?</translation>
        </message>
        <message>
            <source>What it covers will be sent again in questions about this page.</source>
            <translation>Was sie abdeckt, wird in Fragen zu dieser Seite wieder gesendet.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>{name} — whole document</source>
            <translation>{name} — ganzes Dokument</translation>
        </message>
        <message>
            <source>{name} — selected region</source>
            <translation>{name} — ausgewählter Bereich</translation>
        </message>
        <message>
            <source>{name} — page {page}</source>
            <translation>{name} — Seite {page}</translation>
        </message>
        <message>
            <source>Type your question in the box below first.</source>
            <translation>Geben Sie zuerst Ihre Frage in das Feld unten ein.</translation>
        </message>
        <message>
            <source>Wait for the answer being written (or stop it with Esc) first.</source>
            <translation>Warten Sie zuerst auf die Antwort, die gerade geschrieben wird (oder halten Sie sie mit Esc an).</translation>
        </message>
        <message>
            <source>Read the fine print?</source>
            <translation>Kleingedrucktes lesen?</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Open a document for review and mark it or ask about it first; then its review report can be exported.</source>
            <translation>Öffnen Sie zuerst ein Dokument zur Prüfung und markieren Sie es oder fragen Sie dazu; dann lässt sich sein Prüfbericht exportieren.</translation>
        </message>
        <message>
            <source>Export review report</source>
            <translation>Prüfbericht exportieren</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF-Dokument</translation>
        </message>
        <message>
            <source>Web page, images included</source>
            <translation>Webseite mit Bildern</translation>
        </message>
        <message>
            <source>Preparing the review report…</source>
            <translation>Prüfbericht wird vorbereitet…</translation>
        </message>
        <message>
            <source>The report could not be written to {path}: {reason}.</source>
            <translation>Der Bericht konnte nicht unter {path} gespeichert werden: {reason}.</translation>
        </message>
        <message>
            <source>Review report saved to {path}.</source>
            <translation>Prüfbericht gespeichert unter {path}.</translation>
        </message>
    </context>
    <context>
        <name>review_dock</name>
        <message>
            <source>&amp;Review a document…</source>
            <translation>Dokument &amp;prüfen…</translation>
        </message>
        <message>
            <source>Export review &amp;report…</source>
            <translation>Prüf&amp;bericht exportieren…</translation>
        </message>
        <message>
            <source>Ask about the &amp;whole document…</source>
            <translation>Zum &amp;ganzen Dokument fragen…</translation>
        </message>
    </context>
    <context>
        <name>review_panel</name>
        <message>
            <source>Pan</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <source>Drag the page; the wheel zooms (Shift+wheel scrolls)</source>
            <translation>Seite ziehen; das Mausrad zoomt (Umschalt+Mausrad scrollt)</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Draw the area to ask about</source>
            <translation>Den Bereich zeichnen, nach dem Sie fragen möchten</translation>
        </message>
        <message>
            <source>Redact</source>
            <translation>Schwärzen</translation>
        </message>
        <message>
            <source>Black out an area: it is never sent, in this or any later question</source>
            <translation>Einen Bereich schwärzen: Er wird nie gesendet, weder in dieser noch in einer späteren Frage</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Draw a box with a note</source>
            <translation>Einen Rahmen mit einer Notiz zeichnen</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Pin</translation>
        </message>
        <message>
            <source>Click to pin a note to a spot</source>
            <translation>Klicken, um eine Notiz an eine Stelle zu heften</translation>
        </message>
        <message>
            <source>Redaction</source>
            <translation>Schwärzung</translation>
        </message>
        <message>
            <source>Asked about</source>
            <translation>Danach gefragt</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rot</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Blau</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Lila</translation>
        </message>
        <message>
            <source>Document review</source>
            <translation>Dokumentprüfung</translation>
        </message>
        <message>
            <source>Page </source>
            <translation>Seite </translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Vorherige Seite</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Vorherige Seite (Bild auf)</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Nächste Seite</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Nächste Seite (Bild ab)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Einpassen</translation>
        </message>
        <message>
            <source>The whole page</source>
            <translation>Die ganze Seite</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>Originalgröße</translation>
        </message>
        <message>
            <source>One page pixel to one screen pixel</source>
            <translation>Ein Seitenpixel pro Bildschirmpixel</translation>
        </message>
        <message>
            <source>Report…</source>
            <translation>Bericht…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>Export the review — pages with their marks, questions and answers — as PDF or a web page</source>
            <translation>Die Prüfung exportieren — Seiten mit Markierungen, Fragen und Antworten — als PDF oder Webseite</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close the document</source>
            <translation>Dokument schließen</translation>
        </message>
        <message>
            <source>Close the document (its marks are kept)</source>
            <translation>Dokument schließen (die Markierungen bleiben erhalten)</translation>
        </message>
        <message>
            <source>{tool} tool</source>
            <translation>Werkzeug „{tool}“</translation>
        </message>
        <message>
            <source>Ask about this region</source>
            <translation>Zu diesem Bereich fragen</translation>
        </message>
        <message>
            <source>Sends the area at full resolution, with your question from the box below</source>
            <translation>Sendet den Bereich in voller Auflösung, mit Ihrer Frage aus dem Feld unten</translation>
        </message>
        <message>
            <source>with the whole page, small</source>
            <translation>mit der ganzen Seite, verkleinert</translation>
        </message>
        <message>
            <source>So the model knows where on the page the area is (about 1,100 tokens more)</source>
            <translation>Damit das Modell weiß, wo auf der Seite der Bereich liegt (etwa 1.100 Tokens mehr)</translation>
        </message>
        <message>
            <source>Read the fine print…</source>
            <translation>Kleingedrucktes lesen…</translation>
        </message>
        <message>
            <source>Send the page once, plus close-ups of its smallest text, enlarged only as far as that text needs; the cost is shown before anything is sent</source>
            <translation>Die Seite einmal senden, dazu Nahaufnahmen ihres kleinsten Texts, nur so weit vergrößert, wie dieser Text es braucht; die Kosten werden angezeigt, bevor etwas gesendet wird</translation>
        </message>
        <message>
            <source>Ask about the whole document…</source>
            <translation>Zum ganzen Dokument fragen…</translation>
        </message>
        <message>
            <source>Your next question goes with every page; how many requests it takes and its cost are shown before anything is sent</source>
            <translation>Ihre nächste Frage geht mit jeder Seite; wie viele Anfragen sie braucht und was sie kostet, wird angezeigt, bevor etwas gesendet wird</translation>
        </message>
        <message>
            <source>What the model sees</source>
            <translation>Was das Modell sieht</translation>
        </message>
        <message>
            <source>Exactly what would be sent: the region (or the page), redactions burned in</source>
            <translation>Genau das, was gesendet würde: der Bereich (oder die Seite), mit eingebrannten Schwärzungen</translation>
        </message>
        <message>
            <source>Marks on this document</source>
            <translation>Markierungen in diesem Dokument</translation>
        </message>
        <message>
            <source>Note for the selected mark</source>
            <translation>Notiz zur ausgewählten Markierung</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the selected mark</source>
            <translation>Ausgewählte Markierung löschen</translation>
        </message>
        <message>
            <source> of {count}</source>
            <translation> von {count}</translation>
        </message>
        <message>
            <source>{kind} · page {page}</source>
            <translation>{kind} · Seite {page}</translation>
        </message>
        <message>
            <source>No document open</source>
            <translation>Kein Dokument geöffnet</translation>
        </message>
        <message>
            <source>Page {page} of {count}</source>
            <translation>Seite {page} von {count}</translation>
        </message>
        <message numerus="yes">
            <source>%n redaction(s)</source>
            <translation>
                <numerusform>%n Schwärzung</numerusform>
                <numerusform>%n Schwärzungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n Notiz</numerusform>
                <numerusform>%n Notizen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n area(s) asked about</source>
            <translation>
                <numerusform>%n Bereich, nach dem gefragt wurde</numerusform>
                <numerusform>%n Bereiche, nach denen gefragt wurde</numerusform>
            </translation>
        </message>
        <message>
            <source>The page. Choose a tool, then draw with the mouse, or with the keyboard: arrow keys move the box, Shift+arrow keys size it, Enter draws it, Esc cancels.</source>
            <translation>Die Seite. Wählen Sie ein Werkzeug und zeichnen Sie mit der Maus oder mit der Tastatur: Pfeiltasten verschieben den Rahmen, Umschalt+Pfeiltasten ändern seine Größe, Enter zeichnet ihn, Esc bricht ab.</translation>
        </message>
    </context>
    <context>
        <name>saved_redactions</name>
        <message numerus="yes">
            <source>%n saved redaction(s) applied to {name}</source>
            <translation>
                <numerusform>%n gespeicherte Schwärzung auf {name} angewendet</numerusform>
                <numerusform>%n gespeicherte Schwärzungen auf {name} angewendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved redaction(s) applied</source>
            <translation>
                <numerusform>%n gespeicherte Schwärzung angewendet</numerusform>
                <numerusform>%n gespeicherte Schwärzungen angewendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the file has %n page(s)</source>
            <translation>
                <numerusform>die Datei hat %n Seite</numerusform>
                <numerusform>die Datei hat %n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>a saved redaction of {name} on pages {pages} is ignored: {has}</source>
            <translation>eine gespeicherte Schwärzung von {name} auf den Seiten {pages} wird ignoriert: {has}</translation>
        </message>
        <message>
            <source>a saved redaction of {name} on page {pages} is ignored: {has}</source>
            <translation>eine gespeicherte Schwärzung von {name} auf Seite {pages} wird ignoriert: {has}</translation>
        </message>
        <message numerus="yes">
            <source>%n saved redaction(s) of {name} start off page {page} and were ignored</source>
            <translation>
                <numerusform>%n gespeicherte Schwärzung von {name} beginnt außerhalb von Seite {page} und wurde ignoriert</numerusform>
                <numerusform>%n gespeicherte Schwärzungen von {name} beginnen außerhalb von Seite {page} und wurden ignoriert</numerusform>
            </translation>
        </message>
        <message>
            <source>pixdesk could not read the redactions saved in its history, so it cannot tell what must be blacked out.</source>
            <translation>pixdesk konnte die in seinem Verlauf gespeicherten Schwärzungen nicht lesen und kann daher nicht sagen, was geschwärzt werden muss.</translation>
        </message>
        <message>
            <source>Try again; or, if you are sure nothing in these files was redacted, add --no-saved-redactions.</source>
            <translation>Versuchen Sie es erneut; oder, wenn Sie sicher sind, dass in diesen Dateien nichts geschwärzt wurde, fügen Sie --no-saved-redactions hinzu.</translation>
        </message>
    </context>
    <context>
        <name>sent_text</name>
        <message>
            <source>What was sent</source>
            <translation>Was gesendet wurde</translation>
        </message>
        <message>
            <source>The question exactly as pixdesk sent it to {model}, with the instructions it added for the model. The conversation shows it in short.</source>
            <translation>Die Frage genau so, wie pixdesk sie an {model} gesendet hat, mit den Anweisungen, die es für das Modell hinzugefügt hat. Die Unterhaltung zeigt sie gekürzt.</translation>
        </message>
        <message>
            <source>Question as sent</source>
            <translation>Frage wie gesendet</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the question as sent</source>
            <translation>Die Frage wie gesendet kopieren</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Company AWS sign-in</source>
            <translation>AWS-Anmeldung Ihres Unternehmens</translation>
        </message>
        <message>
            <source>The sign-in your IT team set up on this computer. Leave it empty to use the one this computer already uses.</source>
            <translation>Die Anmeldung, die Ihr IT-Team auf diesem Computer eingerichtet hat. Lassen Sie das Feld leer, um die zu verwenden, die dieser Computer bereits nutzt.</translation>
        </message>
        <message>
            <source>Company sign-in page</source>
            <translation>Anmeldeseite Ihres Unternehmens</translation>
        </message>
        <message>
            <source>The web address where you sign in with your company account, if your IT team gave you one. Leave it empty if you do not sign in through a web page.</source>
            <translation>Die Webadresse, unter der Sie sich mit Ihrem Firmenkonto anmelden, falls Ihr IT-Team Ihnen eine genannt hat. Lassen Sie das Feld leer, wenn Sie sich nicht über eine Webseite anmelden.</translation>
        </message>
        <message>
            <source>Where your data is processed</source>
            <translation>Wo Ihre Daten verarbeitet werden</translation>
        </message>
        <message>
            <source>Your questions and images are processed in this part of the world: the United States or Europe.</source>
            <translation>Ihre Fragen und Bilder werden in diesem Teil der Welt verarbeitet: in den USA oder in Europa.</translation>
        </message>
        <message>
            <source>Speed and price</source>
            <translation>Tempo und Preis</translation>
        </message>
        <message>
            <source>Standard costs about ${input_price} per 1,000 tokens read and ${output_price} per 1,000 written (an estimate); Priority answers sooner when Bedrock is busy and costs more; Flex costs less but may wait.</source>
            <translation>Standard kostet etwa {input_price} $ pro 1.000 gelesene und {output_price} $ pro 1.000 geschriebene Tokens (geschätzt); Priorität antwortet schneller, wenn Bedrock ausgelastet ist, und kostet mehr; Flex kostet weniger, kann aber warten.</translation>
        </message>
        <message>
            <source>Instructions for every answer</source>
            <translation>Anweisungen für jede Antwort</translation>
        </message>
        <message>
            <source>Pixtral Large follows these in every conversation, for example “Answer in French” or “Be brief”.</source>
            <translation>Pixtral Large befolgt sie in jeder Unterhaltung, zum Beispiel „Antworte auf Französisch“ oder „Fasse dich kurz“.</translation>
        </message>
        <message>
            <source>Variety of answers</source>
            <translation>Vielfalt der Antworten</translation>
        </message>
        <message>
            <source>0 gives the most predictable answers; 1 the most varied.</source>
            <translation>0 ergibt die vorhersehbarsten Antworten, 1 die abwechslungsreichsten.</translation>
        </message>
        <message>
            <source>Longest answer (tokens)</source>
            <translation>Längste Antwort (Tokens)</translation>
        </message>
        <message>
            <source>Answers stop at this length; 1,000 tokens are about 750 words.</source>
            <translation>Antworten enden bei dieser Länge; 1.000 Tokens sind etwa 750 Wörter.</translation>
        </message>
        <message>
            <source>Questions a minute</source>
            <translation>Fragen pro Minute</translation>
        </message>
        <message>
            <source>How many questions your AWS account may ask Pixtral Large each minute; pixdesk waits rather than go over. Change it only if your AWS admin raised the limit.</source>
            <translation>Wie viele Fragen Ihr AWS-Konto Pixtral Large pro Minute stellen darf; pixdesk wartet lieber, als das zu überschreiten. Ändern Sie den Wert nur, wenn Ihr AWS-Admin das Limit erhöht hat.</translation>
        </message>
        <message>
            <source>Tokens a minute</source>
            <translation>Tokens pro Minute</translation>
        </message>
        <message>
            <source>How much text and images your account may send and receive each minute (a word is about 1.3 tokens, a full screenshot about 4,000).</source>
            <translation>Wie viel Text und Bilder Ihr Konto pro Minute senden und empfangen darf (ein Wort sind etwa 1,3 Tokens, ein ganzer Screenshot etwa 4.000).</translation>
        </message>
        <message>
            <source>Tokens a day</source>
            <translation>Tokens pro Tag</translation>
        </message>
        <message>
            <source>The same, for a whole day.</source>
            <translation>Dasselbe für einen ganzen Tag.</translation>
        </message>
        <message>
            <source>Image detail sent</source>
            <translation>Gesendete Bilddetails</translation>
        </message>
        <message>
            <source>Model resolution is what Pixtral Large sees ({side}×{side}): smaller and faster. Original sends every pixel, up to Bedrock's limits, and takes longer.</source>
            <translation>Modellauflösung ist das, was Pixtral Large sieht ({side}×{side}): kleiner und schneller. Original sendet jedes Pixel bis zu den Grenzen von Bedrock und dauert länger.</translation>
        </message>
        <message>
            <source>Keep pixdesk in the tray when the window is closed</source>
            <translation>pixdesk im Infobereich behalten, wenn das Fenster geschlossen wird</translation>
        </message>
        <message>
            <source>Closing the window leaves pixdesk running, with its icon beside the clock: the capture shortcut and the icon's menu keep working. Choose Quit in that menu to end pixdesk.</source>
            <translation>Wenn Sie das Fenster schließen, läuft pixdesk mit seinem Symbol neben der Uhr weiter: Das Aufnahme-Tastenkürzel und das Menü des Symbols funktionieren weiter. Wählen Sie „Beenden“ in diesem Menü, um pixdesk zu beenden.</translation>
        </message>
        <message>
            <source>Capture shortcut</source>
            <translation>Tastenkürzel für Aufnahmen</translation>
        </message>
        <message>
            <source>Press it in any program to capture part of the screen and ask about it. In the pixdesk window, {shortcut} works too. Clear it to turn it off.</source>
            <translation>Drücken Sie es in einem beliebigen Programm, um einen Teil des Bildschirms aufzunehmen und dazu zu fragen. Im pixdesk-Fenster funktioniert auch {shortcut}. Leeren Sie das Feld, um es auszuschalten.</translation>
        </message>
        <message>
            <source>Offer screenshots copied to the clipboard</source>
            <translation>Kopierte Screenshots aus der Zwischenablage anbieten</translation>
        </message>
        <message>
            <source>When you copy a screenshot in another program, pixdesk quietly offers to attach it. Nothing is sent until you ask your question.</source>
            <translation>Wenn Sie in einem anderen Programm einen Screenshot kopieren, bietet pixdesk dezent an, ihn anzuhängen. Gesendet wird erst, wenn Sie Ihre Frage stellen.</translation>
        </message>
        <message>
            <source>Proxy server</source>
            <translation>Proxyserver</translation>
        </message>
        <message>
            <source>Most computers at work are already set up: keep “Use this computer's settings” unless your IT team gives you a proxy address for pixdesk.</source>
            <translation>Die meisten Arbeitscomputer sind bereits eingerichtet: Behalten Sie „Einstellungen dieses Computers verwenden“ bei, außer Ihr IT-Team nennt Ihnen eine Proxyadresse für pixdesk.</translation>
        </message>
        <message>
            <source>Proxy address</source>
            <translation>Proxyadresse</translation>
        </message>
        <message>
            <source>The address your IT team gave you, for example proxy.example.com:8080.</source>
            <translation>Die Adresse, die Ihr IT-Team Ihnen genannt hat, zum Beispiel proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>Proxy user name</source>
            <translation>Benutzername für den Proxy</translation>
        </message>
        <message>
            <source>Only if the proxy asks you to sign in; otherwise leave it empty.</source>
            <translation>Nur, wenn der Proxy eine Anmeldung verlangt; sonst leer lassen.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The language of pixdesk's window. “Same as this computer” follows your system's language. A change shows the next time pixdesk starts.</source>
            <translation>Die Sprache des pixdesk-Fensters. „Wie dieser Computer“ folgt der Sprache Ihres Systems. Eine Änderung wird beim nächsten Start von pixdesk wirksam.</translation>
        </message>
        <message>
            <source>Keep conversations for</source>
            <translation>Unterhaltungen aufbewahren für</translation>
        </message>
        <message>
            <source>A conversation nothing was asked in for longer than this is deleted from this computer, with its images, when pixdesk starts and as soon as you save a shorter time.</source>
            <translation>Eine Unterhaltung, in der länger als diese Zeit nichts gefragt wurde, wird mit ihren Bildern von diesem Computer gelöscht, wenn pixdesk startet und sobald Sie eine kürzere Zeit speichern.</translation>
        </message>
        <message>
            <source>Tell me when a new version of pixdesk is available</source>
            <translation>Benachrichtigen, wenn eine neue Version von pixdesk verfügbar ist</translation>
        </message>
        <message>
            <source>Once a day pixdesk looks at its release page and tells you when there is a newer version. It never downloads or installs anything by itself.</source>
            <translation>Einmal am Tag sieht pixdesk auf seiner Release-Seite nach und sagt Ihnen, wenn es eine neuere Version gibt. Es lädt nie selbst etwas herunter und installiert nichts.</translation>
        </message>
    </context>
    <context>
        <name>settings_dialog</name>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Capture</source>
            <translation>Aufnahme</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Datenschutz</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Kontingent</translation>
        </message>
        <message>
            <source>Model resolution ({side}×{side}, what Pixtral sees)</source>
            <translation>Modellauflösung ({side}×{side}, was Pixtral sieht)</translation>
        </message>
        <message>
            <source>Original, up to Bedrock's limits</source>
            <translation>Original, bis zu den Grenzen von Bedrock</translation>
        </message>
        <message>
            <source>Same as this computer</source>
            <translation>Wie dieser Computer</translation>
        </message>
        <message>
            <source>pixdesk signs in to Amazon Bedrock with your company's AWS sign-in, or with an API key your AWS admin gives you. Not sure which? Ask your IT team.</source>
            <translation>pixdesk meldet sich bei Amazon Bedrock mit der AWS-Anmeldung Ihres Unternehmens an oder mit einem API-Schlüssel von Ihrem AWS-Admin. Unsicher, was zutrifft? Fragen Sie Ihr IT-Team.</translation>
        </message>
        <message>
            <source>Capture part of the screen and ask about it without switching to pixdesk first.</source>
            <translation>Nehmen Sie einen Teil des Bildschirms auf und fragen Sie dazu, ohne zuerst zu pixdesk zu wechseln.</translation>
        </message>
        <message>
            <source>How pixdesk reaches Amazon Bedrock from this computer. Change this only if pixdesk cannot connect at work and your IT team tells you what to choose.</source>
            <translation>Wie pixdesk von diesem Computer aus Amazon Bedrock erreicht. Ändern Sie das nur, wenn pixdesk bei der Arbeit keine Verbindung bekommt und Ihr IT-Team Ihnen sagt, was zu wählen ist.</translation>
        </message>
        <message>
            <source>Your AWS account's limits for Pixtral Large. pixdesk paces its questions so it never goes over them. The numbers here are Bedrock's defaults; change them only if your AWS admin raised a limit.</source>
            <translation>Die Limits Ihres AWS-Kontos für Pixtral Large. pixdesk verteilt seine Fragen so, dass es sie nie überschreitet. Die Werte hier sind die Standardwerte von Bedrock; ändern Sie sie nur, wenn Ihr AWS-Admin ein Limit erhöht hat.</translation>
        </message>
        <message>
            <source>pixdesk settings</source>
            <translation>pixdesk-Einstellungen</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <translation>Bereiche der Einstellungen</translation>
        </message>
        <message>
            <source>Your organisation allows only {places}.</source>
            <translation>Ihre Organisation erlaubt nur {places}.</translation>
        </message>
        <message>
            <source>Sign in with your company's AWS access…</source>
            <translation>Mit dem AWS-Zugang Ihres Unternehmens anmelden…</translation>
        </message>
        <message>
            <source>AWS IAM Identity Center (AWS SSO) sign-in.</source>
            <translation>Anmeldung über AWS IAM Identity Center (AWS SSO).</translation>
        </message>
        <message>
            <source>Set by your organisation</source>
            <translation>Von Ihrer Organisation festgelegt</translation>
        </message>
        <message>
            <source>Opens your company's sign-in page in your browser, then adds that sign-in to the list above.</source>
            <translation>Öffnet die Anmeldeseite Ihres Unternehmens im Browser und fügt diese Anmeldung dann der Liste oben hinzu.</translation>
        </message>
        <message>
            <source>Only if you were given an API key</source>
            <translation>Nur, wenn Sie einen API-Schlüssel erhalten haben</translation>
        </message>
        <message>
            <source>Kept in your system's keychain.</source>
            <translation>Wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
        </message>
        <message>
            <source>This computer offers no keychain: the key is kept only until pixdesk quits, never in a file.</source>
            <translation>Dieser Computer bietet keinen Schlüsselbund: Der Schlüssel wird nur bis zum Beenden von pixdesk aufbewahrt, nie in einer Datei.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>An Amazon Bedrock API key; when there is one, pixdesk uses it instead of the company sign-in. {where}</source>
            <translation>Ein API-Schlüssel für Amazon Bedrock; ist einer eingetragen, verwendet pixdesk ihn statt der Firmenanmeldung. {where}</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>Asks Pixtral Large one word with the choices on screen now.</source>
            <translation>Fragt Pixtral Large nach einem Wort, mit den Einstellungen, die jetzt zu sehen sind.</translation>
        </message>
        <message>
            <source>Connection not tested yet</source>
            <translation>Verbindung noch nicht getestet</translation>
        </message>
        <message>
            <source>Tries the choices on screen now, before you save them.</source>
            <translation>Probiert die angezeigten Einstellungen aus, bevor Sie sie speichern.</translation>
        </message>
        <message>
            <source>Your conversations, with their images and reviewed documents, are kept on this computer only, so that you can find them again in the history. Delete a conversation to remove it.</source>
            <translation>Ihre Unterhaltungen werden mit ihren Bildern und geprüften Dokumenten nur auf diesem Computer gespeichert, damit Sie sie im Verlauf wiederfinden. Löschen Sie eine Unterhaltung, um sie zu entfernen.</translation>
        </message>
        <message>
            <source>Conversations are not kept: nothing is saved on this computer after pixdesk closes.</source>
            <translation>Unterhaltungen werden nicht gespeichert: Nach dem Schließen von pixdesk bleibt nichts auf diesem Computer.</translation>
        </message>
        <message>
            <source>What stays on this computer</source>
            <translation>Was auf diesem Computer bleibt</translation>
        </message>
        <message>
            <source>What is sent</source>
            <translation>Was gesendet wird</translation>
        </message>
        <message>
            <source>Your questions and the images you attach go to Amazon Bedrock in your AWS account, processed where you chose under Answers, and nowhere else.</source>
            <translation>Ihre Fragen und die angehängten Bilder gehen an Amazon Bedrock in Ihrem AWS-Konto, werden dort verarbeitet, wo Sie es unter „Antworten“ gewählt haben, und nirgendwo sonst.</translation>
        </message>
        <message>
            <source>Your API key</source>
            <translation>Ihr API-Schlüssel</translation>
        </message>
        <message>
            <source>Kept in your system's keychain, never in a file or in the log.</source>
            <translation>Wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei oder im Protokoll.</translation>
        </message>
        <message>
            <source>Kept only until pixdesk quits (this computer offers no keychain), never in a file or in the log.</source>
            <translation>Wird nur bis zum Beenden von pixdesk aufbewahrt (dieser Computer bietet keinen Schlüsselbund), nie in einer Datei oder im Protokoll.</translation>
        </message>
        <message>
            <source>The one this computer already uses</source>
            <translation>Die, die dieser Computer bereits verwendet</translation>
        </message>
    </context>
    <context>
        <name>settings_flow</name>
        <message>
            <source>No keychain on this computer: the API key is kept only until pixdesk quits.</source>
            <translation>Kein Schlüsselbund auf diesem Computer: Der API-Schlüssel wird nur bis zum Beenden von pixdesk aufbewahrt.</translation>
        </message>
        <message>
            <source>No keychain on this computer: the proxy password is kept only until pixdesk quits.</source>
            <translation>Kein Schlüsselbund auf diesem Computer: Das Proxy-Passwort wird nur bis zum Beenden von pixdesk aufbewahrt.</translation>
        </message>
        <message>
            <source>Asking Pixtral Large…</source>
            <translation>Pixtral Large wird gefragt…</translation>
        </message>
    </context>
    <context>
        <name>sign_in_status</name>
        <message>
            <source>Checking sign-in…</source>
            <translation>Anmeldung wird geprüft…</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>Click to change how pixdesk signs in.</source>
            <translation>Klicken Sie, um zu ändern, wie sich pixdesk anmeldet.</translation>
        </message>
        <message>
            <source>{problem} Your question is kept — connect, then press Retry.</source>
            <translation>{problem} Ihre Frage bleibt erhalten – verbinden Sie sich und klicken Sie dann auf „Erneut versuchen“.</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Erneut anmelden</translation>
        </message>
    </context>
    <context>
        <name>small_print</name>
        <message>
            <source>Reading the small print of {name} takes {images} images, more than the {limit} Pixtral Large reads at a time, so it goes as it is. To read it, open it with File ▸ Review a document… and ask about the area that holds the small print.</source>
            <translation>Um das Kleingedruckte von {name} zu lesen, sind {images} Bilder nötig – mehr als die {limit}, die Pixtral Large auf einmal liest; es wird daher so gesendet, wie es ist. Um es zu lesen, öffnen Sie es mit Datei ▸ Dokument prüfen… und fragen Sie nach dem Bereich mit dem Kleingedruckten.</translation>
        </message>
        <message numerus="yes">
            <source>%n other image(s)</source>
            <translation>
                <numerusform>%n weiteren Bild</numerusform>
                <numerusform>%n weiteren Bildern</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the small print of {name} takes {images} images; with the {others} here that is more than the {limit} Pixtral Large reads at a time. Remove some images, then choose Read it again.</source>
            <translation>Um das Kleingedruckte von {name} zu lesen, sind {images} Bilder nötig; zusammen mit {others} hier sind das mehr als die {limit}, die Pixtral Large auf einmal liest. Entfernen Sie einige Bilder und wählen Sie dann erneut Lesen.</translation>
        </message>
    </context>
    <context>
        <name>small_print_notice</name>
        <message>
            <source>This page has small print (about {height} px high) that will be unreadable at this size</source>
            <translation>Diese Seite hat Kleingedrucktes (etwa {height} px hoch), das in dieser Größe unlesbar wird</translation>
        </message>
        <message>
            <source>As Pixtral Large sees the whole page, its smallest text is about {height} pixels high; under {legible} it is not reliably read. “Read the fine print…” sends the page with close-ups of that text (about {tokens} tokens more).</source>
            <translation>So wie Pixtral Large die ganze Seite sieht, ist ihr kleinster Text etwa {height} Pixel hoch; unter {legible} wird er nicht zuverlässig gelesen. „Kleingedrucktes lesen…“ sendet die Seite mit Nahaufnahmen dieses Textes (etwa {tokens} Tokens mehr).</translation>
        </message>
    </context>
    <context>
        <name>sources</name>
        <message>
            <source>{name} is {width}×{height} pixels, too large to open safely.</source>
            <translation>{name} hat {width}×{height} Pixel und ist zu groß, um es sicher zu öffnen.</translation>
        </message>
        <message>
            <source>Use a smaller image (at most about 64 megapixels).</source>
            <translation>Verwenden Sie ein kleineres Bild (höchstens etwa 64 Megapixel).</translation>
        </message>
        <message>
            <source>{name} has no page {page} (it has {count}).</source>
            <translation>{name} hat keine Seite {page} (es hat {count}).</translation>
        </message>
        <message>
            <source>{name} is animated; only its first frame is sent.</source>
            <translation>{name} ist animiert; nur das erste Bild wird gesendet.</translation>
        </message>
        <message>
            <source>{name} is damaged and cannot be read completely.</source>
            <translation>{name} ist beschädigt und kann nicht vollständig gelesen werden.</translation>
        </message>
        <message>
            <source>Open and re-save it, or take the screenshot again.</source>
            <translation>Öffnen und speichern Sie es erneut, oder nehmen Sie den Screenshot erneut auf.</translation>
        </message>
        <message>
            <source>{name} could not be turned upright reliably.</source>
            <translation>{name} konnte nicht zuverlässig aufgerichtet werden.</translation>
        </message>
        <message>
            <source>{name} is a PDF with no pages.</source>
            <translation>{name} ist ein PDF ohne Seiten.</translation>
        </message>
        <message>
            <source>{name} has a page ({page}) that cannot be drawn.</source>
            <translation>{name} hat eine Seite ({page}), die nicht gezeichnet werden kann.</translation>
        </message>
        <message>
            <source>The file {name} does not exist.</source>
            <translation>Die Datei {name} existiert nicht.</translation>
        </message>
        <message>
            <source>Check the path and try again.</source>
            <translation>Prüfen Sie den Pfad und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{name} is a folder, not an image.</source>
            <translation>{name} ist ein Ordner, kein Bild.</translation>
        </message>
        <message>
            <source>pixdesk is not allowed to read {name}.</source>
            <translation>pixdesk darf {name} nicht lesen.</translation>
        </message>
        <message>
            <source>Check the file's permissions.</source>
            <translation>Prüfen Sie die Berechtigungen der Datei.</translation>
        </message>
        <message>
            <source>{name} could not be read.</source>
            <translation>{name} konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>{name} is {size} MB, larger than pixdesk opens ({limit} MB).</source>
            <translation>{name} hat {size} MB und ist größer, als pixdesk öffnet ({limit} MB).</translation>
        </message>
        <message>
            <source>Use a smaller file.</source>
            <translation>Verwenden Sie eine kleinere Datei.</translation>
        </message>
        <message>
            <source>Use a smaller image.</source>
            <translation>Verwenden Sie ein kleineres Bild.</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} ist leer.</translation>
        </message>
        <message>
            <source>{name} is an SVG drawing, which pixdesk cannot send.</source>
            <translation>{name} ist eine SVG-Zeichnung, die pixdesk nicht senden kann.</translation>
        </message>
        <message>
            <source>Export it as PNG first, or take a screenshot of it.</source>
            <translation>Exportieren Sie es zuerst als PNG, oder machen Sie einen Screenshot davon.</translation>
        </message>
        <message>
            <source>{name} is not an image pixdesk can read.</source>
            <translation>{name} ist kein Bild, das pixdesk lesen kann.</translation>
        </message>
        <message>
            <source>pixdesk reads PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC and PDF files.</source>
            <translation>pixdesk liest PNG-, JPEG-, GIF-, WebP-, BMP-, TIFF-, HEIC- und PDF-Dateien.</translation>
        </message>
        <message>
            <source>{name} looks like a {format} file but is damaged.</source>
            <translation>{name} sieht wie eine {format}-Datei aus, ist aber beschädigt.</translation>
        </message>
        <message>
            <source>{name} is a password-protected PDF.</source>
            <translation>{name} ist ein passwortgeschütztes PDF.</translation>
        </message>
        <message>
            <source>Open it, remove the password (or print it to a new PDF), and try again.</source>
            <translation>Öffnen Sie es, entfernen Sie das Passwort (oder drucken Sie es in ein neues PDF), und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{name} is a damaged PDF that cannot be opened.</source>
            <translation>{name} ist ein beschädigtes PDF, das nicht geöffnet werden kann.</translation>
        </message>
    </context>
    <context>
        <name>sso</name>
        <message>
            <source>Start the sign-in again.</source>
            <translation>Starten Sie die Anmeldung erneut.</translation>
        </message>
        <message>
            <source>That does not look like a sign-in page address.</source>
            <translation>Das sieht nicht wie die Adresse einer Anmeldeseite aus.</translation>
        </message>
        <message>
            <source>Paste the address your IT team gave you; it starts with https:// (for example https://your-company.awsapps.com/start).</source>
            <translation>Fügen Sie die Adresse ein, die Ihnen Ihr IT-Team gegeben hat; sie beginnt mit https:// (zum Beispiel https://your-company.awsapps.com/start).</translation>
        </message>
        <message>
            <source>The sign-in in the browser took too long.</source>
            <translation>Die Anmeldung im Browser hat zu lange gedauert.</translation>
        </message>
        <message>
            <source>The sign-in was declined in the browser.</source>
            <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
        </message>
        <message>
            <source>If you did not decline it, ask your IT team whether you may use AWS.</source>
            <translation>Wenn Sie sie nicht abgelehnt haben, fragen Sie Ihr IT-Team, ob Sie AWS verwenden dürfen.</translation>
        </message>
        <message>
            <source>The sign-in code expired before it was used.</source>
            <translation>Der Anmeldecode ist abgelaufen, bevor er verwendet wurde.</translation>
        </message>
        <message>
            <source>pixdesk could not find that sign-in page.</source>
            <translation>pixdesk konnte diese Anmeldeseite nicht finden.</translation>
        </message>
        <message>
            <source>Check the address and the region with your IT team, then try again.</source>
            <translation>Prüfen Sie die Adresse und die Region mit Ihrem IT-Team, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The sign-in is no longer valid.</source>
            <translation>Die Anmeldung ist nicht mehr gültig.</translation>
        </message>
        <message>
            <source>AWS sign-in is busy.</source>
            <translation>Die AWS-Anmeldung ist ausgelastet.</translation>
        </message>
        <message>
            <source>Wait a minute, then try again.</source>
            <translation>Warten Sie eine Minute, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>AWS sign-in did not work this time.</source>
            <translation>Die AWS-Anmeldung hat diesmal nicht funktioniert.</translation>
        </message>
        <message>
            <source>Try again in a moment.</source>
            <translation>Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>AWS sign-in</source>
            <translation>dem AWS-Anmeldedienst</translation>
        </message>
        <message>
            <source>pixdesk could not reach AWS sign-in.</source>
            <translation>pixdesk konnte die AWS-Anmeldung nicht erreichen.</translation>
        </message>
        <message>
            <source>Check the internet connection and the region your IT team gave you, then try again.</source>
            <translation>Prüfen Sie die Internetverbindung und die Region, die Ihnen Ihr IT-Team gegeben hat, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>“{region}” is not an AWS region.</source>
            <translation>„{region}“ ist keine AWS-Region.</translation>
        </message>
        <message>
            <source>Choose a region.</source>
            <translation>Wählen Sie eine Region.</translation>
        </message>
    </context>
    <context>
        <name>sso_sign_in</name>
        <message>
            <source>Signed in with your company's AWS access.</source>
            <translation>Mit dem AWS-Zugang Ihres Unternehmens angemeldet.</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Erneut anmelden</translation>
        </message>
        <message>
            <source>Sign in with your company's AWS access</source>
            <translation>Mit dem AWS-Zugang Ihres Unternehmens anmelden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Your IT team gives you the address of your company's AWS sign-in page and its region. pixdesk opens that page in your browser; you sign in there as you usually do.</source>
            <translation>Ihr IT-Team nennt Ihnen die Adresse der AWS-Anmeldeseite Ihres Unternehmens und deren Region. pixdesk öffnet diese Seite in Ihrem Browser; dort melden Sie sich wie gewohnt an.</translation>
        </message>
        <message>
            <source>The AWS access portal URL (IAM Identity Center start URL, sso_start_url).</source>
            <translation>Die URL des AWS-Zugangsportals (IAM Identity Center Start-URL, sso_start_url).</translation>
        </message>
        <message>
            <source>Sign-in page address</source>
            <translation>Adresse der Anmeldeseite</translation>
        </message>
        <message>
            <source>The IAM Identity Center region (sso_region). It may differ from where Bedrock runs.</source>
            <translation>Die Region von IAM Identity Center (sso_region). Sie kann von der Region abweichen, in der Bedrock läuft.</translation>
        </message>
        <message>
            <source>Sign-in region</source>
            <translation>Anmelderegion</translation>
        </message>
        <message>
            <source>The region your IT team named with the address.</source>
            <translation>Die Region, die Ihr IT-Team mit der Adresse genannt hat.</translation>
        </message>
        <message>
            <source>Finish signing in in your browser</source>
            <translation>Anmeldung im Browser abschließen</translation>
        </message>
        <message>
            <source>Copy code</source>
            <translation>Code kopieren</translation>
        </message>
        <message>
            <source>Waiting for the sign-in</source>
            <translation>Warten auf die Anmeldung</translation>
        </message>
        <message>
            <source>Open the sign-in page again</source>
            <translation>Anmeldeseite erneut öffnen</translation>
        </message>
        <message>
            <source>Use a code instead</source>
            <translation>Stattdessen einen Code verwenden</translation>
        </message>
        <message>
            <source>For when the browser is on another device (the OAuth device authorization grant).</source>
            <translation>Für den Fall, dass der Browser auf einem anderen Gerät ist (OAuth Device Authorization Grant).</translation>
        </message>
        <message>
            <source>Choose the AWS account and role</source>
            <translation>AWS-Konto und Rolle wählen</translation>
        </message>
        <message>
            <source>You are signed in. Choose what pixdesk works as; your IT team can tell you which.</source>
            <translation>Sie sind angemeldet. Wählen Sie, als was pixdesk arbeitet; Ihr IT-Team kann Ihnen sagen, was passt.</translation>
        </message>
        <message>
            <source>AWS accounts and roles</source>
            <translation>AWS-Konten und Rollen</translation>
        </message>
        <message>
            <source>AWS account and IAM Identity Center permission set (sso_account_id, sso_role_name).</source>
            <translation>AWS-Konto und Berechtigungssatz von IAM Identity Center (sso_account_id, sso_role_name).</translation>
        </message>
        <message>
            <source>pixdesk saves this sign-in in your AWS settings, so the AWS command line tools can use it too.</source>
            <translation>pixdesk speichert diese Anmeldung in Ihren AWS-Einstellungen, sodass auch die AWS-Befehlszeilentools sie nutzen können.</translation>
        </message>
        <message>
            <source>Continue in browser</source>
            <translation>Im Browser fortfahren</translation>
        </message>
        <message>
            <source>Use this account</source>
            <translation>Dieses Konto verwenden</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Contacting your sign-in page…</source>
            <translation>Verbindung zu Ihrer Anmeldeseite…</translation>
        </message>
        <message>
            <source>Finding your AWS accounts…</source>
            <translation>Ihre AWS-Konten werden gesucht…</translation>
        </message>
        <message>
            <source>On this computer or any other device, open this address and enter the code below. pixdesk carries on by itself once you have signed in.</source>
            <translation>Öffnen Sie auf diesem Computer oder einem anderen Gerät diese Adresse und geben Sie den Code unten ein. pixdesk macht von selbst weiter, sobald Sie angemeldet sind.</translation>
        </message>
        <message>
            <source>Waiting for you to enter the code…</source>
            <translation>Warten, bis Sie den Code eingeben…</translation>
        </message>
        <message>
            <source>pixdesk opened your company's sign-in page in your browser. Sign in there, then allow pixdesk; this window carries on by itself.</source>
            <translation>pixdesk hat die Anmeldeseite Ihres Unternehmens im Browser geöffnet. Melden Sie sich dort an und erlauben Sie dann pixdesk den Zugriff; dieses Fenster macht von selbst weiter.</translation>
        </message>
        <message>
            <source>Waiting for you to sign in in the browser…</source>
            <translation>Warten auf Ihre Anmeldung im Browser…</translation>
        </message>
        <message>
            <source>Sign-in code {code}</source>
            <translation>Anmeldecode {code}</translation>
        </message>
        <message>
            <source>Your sign-in may not use any AWS account yet. Ask your IT team.</source>
            <translation>Ihre Anmeldung darf noch kein AWS-Konto verwenden. Fragen Sie Ihr IT-Team.</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>Choose the region of your sign-in.</source>
            <translation>Wählen Sie die Region Ihrer Anmeldung.</translation>
        </message>
        <message>
            <source>The sign-in “{name}” is no longer in the AWS config file.</source>
            <translation>Die Anmeldung „{name}“ steht nicht mehr in der AWS-Konfigurationsdatei.</translation>
        </message>
        <message>
            <source>Set up the sign-in again from Settings.</source>
            <translation>Richten Sie die Anmeldung in den Einstellungen erneut ein.</translation>
        </message>
    </context>
    <context>
        <name>toast</name>
        <message>
            <source>Confirmation</source>
            <translation>Bestätigung</translation>
        </message>
    </context>
    <context>
        <name>tray</name>
        <message>
            <source>Keep pixdesk running in the tray?</source>
            <translation>pixdesk im Infobereich weiterlaufen lassen?</translation>
        </message>
        <message>
            <source>Your desktop shows no tray icons beside the clock, so closing the window quits pixdesk. The capture shortcut works while the window is open.</source>
            <translation>Ihr Desktop zeigt keine Symbole neben der Uhr an, daher beendet das Schließen des Fensters pixdesk. Das Aufnahme-Tastenkürzel funktioniert, solange das Fenster offen ist.</translation>
        </message>
        <message>
            <source>Capture region</source>
            <translation>Bereich aufnehmen</translation>
        </message>
        <message>
            <source>Capture window</source>
            <translation>Fenster aufnehmen</translation>
        </message>
        <message>
            <source>Show pixdesk</source>
            <translation>pixdesk anzeigen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Its icon stays beside the clock, so you can capture the screen from its menu or with the capture shortcut while the window is closed. Choose Quit in that menu to end pixdesk. You can change this later in Settings, under Capture.</source>
            <translation>Sein Symbol bleibt neben der Uhr, sodass Sie bei geschlossenem Fenster über dessen Menü oder das Aufnahme-Tastenkürzel den Bildschirm aufnehmen können. Wählen Sie „Beenden“ in diesem Menü, um pixdesk zu beenden. Sie können das später in den Einstellungen unter „Aufnahme“ ändern.</translation>
        </message>
        <message>
            <source>Keep running in the tray</source>
            <translation>Im Infobereich weiterlaufen</translation>
        </message>
        <message>
            <source>Quit pixdesk</source>
            <translation>pixdesk beenden</translation>
        </message>
        <message>
            <source>pixdesk is still running</source>
            <translation>pixdesk läuft weiter</translation>
        </message>
        <message>
            <source>Click its icon to open it again; Quit is in its menu.</source>
            <translation>Klicken Sie auf das Symbol, um es wieder zu öffnen; „Beenden“ finden Sie in dessen Menü.</translation>
        </message>
    </context>
    <context>
        <name>update_notice</name>
        <message>
            <source>Check for &amp;updates…</source>
            <translation>Nach &amp;Updates suchen…</translation>
        </message>
        <message>
            <source>Ask pixdesk's release page whether there is a newer version</source>
            <translation>Auf der Release-Seite von pixdesk nachsehen, ob es eine neuere Version gibt</translation>
        </message>
        <message>
            <source>pixdesk {version} is available.</source>
            <translation>pixdesk {version} ist verfügbar.</translation>
        </message>
        <message>
            <source>What's new</source>
            <translation>Was ist neu</translation>
        </message>
        <message>
            <source>Looking for a new version of pixdesk…</source>
            <translation>Es wird nach einer neuen Version von pixdesk gesucht…</translation>
        </message>
    </context>
    <context>
        <name>updates</name>
        <message>
            <source>pixdesk could not read what its release page says about new versions. Try again later.</source>
            <translation>pixdesk konnte nicht lesen, was seine Release-Seite über neue Versionen sagt. Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>You have the latest version of pixdesk ({version}).</source>
            <translation>Sie haben die neueste Version von pixdesk ({version}).</translation>
        </message>
        <message>
            <source>pixdesk {version} is available (you have {current}).</source>
            <translation>pixdesk {version} ist verfügbar (Sie haben {current}).</translation>
        </message>
        <message>
            <source>You have pixdesk {current}, newer than the latest release ({version}).</source>
            <translation>Sie haben pixdesk {current}, neuer als die neueste Veröffentlichung ({version}).</translation>
        </message>
        <message>
            <source>pixdesk could not reach its release page. Check your internet connection, then try again later.</source>
            <translation>pixdesk konnte seine Release-Seite nicht erreichen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es später erneut.</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>Your company's AWS sign-in</source>
            <translation>Die AWS-Anmeldung Ihres Unternehmens</translation>
        </message>
        <message>
            <source>If your company uses AWS, sign in with your company's AWS access in your browser, or choose a sign-in your IT team set up on this computer.</source>
            <translation>Wenn Ihr Unternehmen AWS nutzt, melden Sie sich im Browser mit dem AWS-Zugang Ihres Unternehmens an oder wählen Sie eine Anmeldung, die Ihr IT-Team auf diesem Computer eingerichtet hat.</translation>
        </message>
        <message>
            <source>Choose a sign-in…</source>
            <translation>Anmeldung wählen…</translation>
        </message>
        <message>
            <source>An API key</source>
            <translation>Ein API-Schlüssel</translation>
        </message>
        <message>
            <source>Ask your AWS admin for an Amazon Bedrock API key and paste it in Settings. pixdesk keeps it in your system's keychain.</source>
            <translation>Bitten Sie Ihren AWS-Admin um einen API-Schlüssel für Amazon Bedrock und fügen Sie ihn in den Einstellungen ein. pixdesk bewahrt ihn im Schlüsselbund Ihres Systems auf.</translation>
        </message>
        <message>
            <source>Enter an API key…</source>
            <translation>API-Schlüssel eingeben…</translation>
        </message>
        <message>
            <source>Set up by your IT team</source>
            <translation>Vom IT-Team eingerichtet</translation>
        </message>
        <message>
            <source>On a computer your IT team manages, pixdesk may find a sign-in by itself. Ask IT if you are unsure, then press Check again.</source>
            <translation>Auf einem Computer, den Ihr IT-Team verwaltet, findet pixdesk die Anmeldung vielleicht selbst. Fragen Sie im Zweifel die IT, dann „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Erneut prüfen</translation>
        </message>
        <message>
            <source>Connect to Amazon Bedrock</source>
            <translation>Mit Amazon Bedrock verbinden</translation>
        </message>
        <message>
            <source>Connect pixdesk to Amazon Bedrock</source>
            <translation>pixdesk mit Amazon Bedrock verbinden</translation>
        </message>
        <message>
            <source>pixdesk asks Mistral's Pixtral Large through your company's own AWS account. Choose one of these ways to connect:</source>
            <translation>pixdesk fragt Pixtral Large von Mistral über das eigene AWS-Konto Ihres Unternehmens. Wählen Sie eine dieser Verbindungsarten:</translation>
        </message>
        <message>
            <source>Sign in with your company's AWS access…</source>
            <translation>Mit dem AWS-Zugang Ihres Unternehmens anmelden…</translation>
        </message>
        <message>
            <source>AWS IAM Identity Center (AWS SSO) sign-in.</source>
            <translation>Anmeldung über AWS IAM Identity Center (AWS SSO).</translation>
        </message>
        <message>
            <source>Tell me when a new version of pixdesk is available</source>
            <translation>Benachrichtigen, wenn eine neue Version von pixdesk verfügbar ist</translation>
        </message>
        <message>
            <source>pixdesk looks at its release page at most once a day; it never installs anything.</source>
            <translation>pixdesk sieht höchstens einmal am Tag auf seiner Release-Seite nach; es installiert nie etwas.</translation>
        </message>
        <message>
            <source>Set by your organisation</source>
            <translation>Von Ihrer Organisation festgelegt</translation>
        </message>
    </context>
    <context>
        <name>window_toolbar</name>
        <message>
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>Start a new conversation (Ctrl+N)</source>
            <translation>Neue Unterhaltung beginnen (Strg+N)</translation>
        </message>
        <message>
            <source>Settings: sign-in, answers, privacy, quota (Ctrl+,)</source>
            <translation>Einstellungen: Anmeldung, Antworten, Datenschutz, Kontingent (Strg+,)</translation>
        </message>
    </context>
</TS>
