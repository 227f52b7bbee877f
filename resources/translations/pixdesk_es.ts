<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>attachment_chip</name>
        <message>
            <source>Preview {name}</source>
            <translation>Vista previa de {name}</translation>
        </message>
        <message>
            <source>See exactly what the model will see</source>
            <translation>Ver exactamente lo que verá el modelo</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Quitar {name}</translation>
        </message>
        <message>
            <source>Preparing…</source>
            <translation>Preparando…</translation>
        </message>
        <message>
            <source>Page </source>
            <translation>Página </translation>
        </message>
        <message>
            <source>Page of {name} to send</source>
            <translation>Página de {name} que se enviará</translation>
        </message>
        <message>
            <source> of {count}</source>
            <translation> de {count}</translation>
        </message>
        <message>
            <source>{width}×{height} pixels as sent</source>
            <translation>{width}×{height} píxeles tal como se envía</translation>
        </message>
        <message>
            <source>about {tokens} tokens</source>
            <translation>unos {tokens} tokens</translation>
        </message>
        <message>
            <source>Preparing close-ups of the small print…</source>
            <translation>Preparando primeros planos de la letra pequeña…</translation>
        </message>
        <message>
            <source>Small print will be unreadable at this size</source>
            <translation>La letra pequeña será ilegible a este tamaño</translation>
        </message>
        <message>
            <source>Its smallest text would be about {height} pixels high as the model sees it; under {legible} it is not reliably read. “Read it” sends the page with close-ups of that text: about {tokens} tokens more.</source>
            <translation>Su texto más pequeño mediría unos {height} píxeles de alto tal como lo ve el modelo; por debajo de {legible} no se lee de forma fiable. «Leerla» envía la página con primeros planos de ese texto: unos {tokens} tokens más.</translation>
        </message>
        <message>
            <source>Read it</source>
            <translation>Leerla</translation>
        </message>
        <message>
            <source>Send this page with close-ups of its small print</source>
            <translation>Enviar esta página con primeros planos de su letra pequeña</translation>
        </message>
        <message>
            <source>Read the small print of {name}</source>
            <translation>Leer la letra pequeña de {name}</translation>
        </message>
        <message numerus="yes">
            <source>Small print: sent with %n close-up(s)</source>
            <translation>
                <numerusform>Letra pequeña: se envía con %n primer plano</numerusform>
                <numerusform>Letra pequeña: se envía con %n primeros planos</numerusform>
            </translation>
        </message>
        <message>
            <source>The page goes once, plus close-ups of its small print, enlarged only as far as that text needs</source>
            <translation>La página se envía una vez, más primeros planos de su letra pequeña, ampliados solo lo que ese texto necesita</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Send the page alone again, without the close-ups</source>
            <translation>Volver a enviar solo la página, sin los primeros planos</translation>
        </message>
        <message>
            <source>Send {name} without the close-ups</source>
            <translation>Enviar {name} sin los primeros planos</translation>
        </message>
        <message>
            <source>Delete removes it.</source>
            <translation>Supr lo quita.</translation>
        </message>
        <message>
            <source>Enter shows what will be sent; Delete removes it.</source>
            <translation>Intro muestra lo que se enviará; Supr lo quita.</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>What the model will see — {name}</source>
            <translation>Lo que verá el modelo — {name}</translation>
        </message>
        <message>
            <source>Image as sent</source>
            <translation>Imagen tal como se envía</translation>
        </message>
        <message>
            <source>{format} {width}×{height}, {kb} KB, about {tokens} tokens (from {w}×{h}).</source>
            <translation>{format} {width}×{height}, {kb} KB, unos {tokens} tokens (a partir de {w}×{h}).</translation>
        </message>
        <message>
            <source>Metadata — EXIF, GPS location, comments, colour profile — has been removed.</source>
            <translation>Se han eliminado los metadatos: EXIF, ubicación GPS, comentarios y perfil de color.</translation>
        </message>
        <message>
            <source>Images to send</source>
            <translation>Imágenes para enviar</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in the folder are not images and were left out.</source>
            <translation>
                <numerusform>%n archivo de la carpeta no es una imagen y se ha omitido.</numerusform>
                <numerusform>%n archivos de la carpeta no son imágenes y se han omitido.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pixtral Large reads at most {limit} images at a time; %n were not added.</source>
            <translation>
                <numerusform>Pixtral Large lee como máximo {limit} imágenes a la vez; %n no se ha añadido.</numerusform>
                <numerusform>Pixtral Large lee como máximo {limit} imágenes a la vez; %n no se han añadido.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pixtral Large reads at most {limit} images at a time; {name} was not added.</source>
            <translation>Pixtral Large lee como máximo {limit} imágenes a la vez; {name} no se ha añadido.</translation>
        </message>
        <message>
            <source>pixdesk could not read {name}: the image reader stopped unexpectedly. Try saving the image again in another format.</source>
            <translation>pixdesk no ha podido leer {name}: la lectura de la imagen se detuvo de forma inesperada. Guarde la imagen de nuevo en otro formato.</translation>
        </message>
        <message>
            <source>The close-ups could not be made.</source>
            <translation>No se han podido crear los primeros planos.</translation>
        </message>
        <message>
            <source>{problem} {name} goes as it is.</source>
            <translation>{problem} {name} se envía tal cual.</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) · preparing…</source>
            <translation>
                <numerusform>%n imagen · preparando…</numerusform>
                <numerusform>%n imágenes · preparando…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) · about {tokens} tokens · ≈ {cost} to read them (estimate) · preparing…</source>
            <translation>
                <numerusform>%n imagen · unos {tokens} tokens · ≈ {cost} por leerla (estimación) · preparando…</numerusform>
                <numerusform>%n imágenes · unos {tokens} tokens · ≈ {cost} por leerlas (estimación) · preparando…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image(s) · about {tokens} tokens · ≈ {cost} to read them (estimate)</source>
            <translation>
                <numerusform>%n imagen · unos {tokens} tokens · ≈ {cost} por leerla (estimación)</numerusform>
                <numerusform>%n imágenes · unos {tokens} tokens · ≈ {cost} por leerlas (estimación)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>banner</name>
        <message>
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation>Cerrar aviso</translation>
        </message>
    </context>
    <context>
        <name>batch</name>
        <message>
            <source>A batch needs at least one prompt.</source>
            <translation>Un lote necesita al menos una pregunta.</translation>
        </message>
        <message>
            <source>Give --prompt TEXT or --template NAME.</source>
            <translation>Indique --prompt TEXTO o --template NOMBRE.</translation>
        </message>
        <message>
            <source>There is no file or folder {path}.</source>
            <translation>No existe ningún archivo ni carpeta {path}.</translation>
        </message>
        <message>
            <source>There are no images or documents to run the batch on.</source>
            <translation>No hay imágenes ni documentos con los que ejecutar el lote.</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>{done} de {total} hechos</translation>
        </message>
        <message>
            <source>{failed} failed</source>
            <translation>{failed} con error</translation>
        </message>
        <message>
            <source>waiting for quota {time}</source>
            <translation>esperando la cuota: {time}</translation>
        </message>
        <message>
            <source>about {time} left</source>
            <translation>quedan unos {time}</translation>
        </message>
        <message>
            <source>There is no batch {batch}.</source>
            <translation>No existe ningún lote {batch}.</translation>
        </message>
        <message>
            <source>“{format}” is not a results format.</source>
            <translation>«{format}» no es un formato de resultados.</translation>
        </message>
        <message>
            <source>Use csv, jsonl or md.</source>
            <translation>Use csv, jsonl o md.</translation>
        </message>
        <message>
            <source>{name}: say which format by its ending — .csv, .jsonl or .md.</source>
            <translation>{name}: indique el formato con la extensión: .csv, .jsonl o .md.</translation>
        </message>
    </context>
    <context>
        <name>batch_entry</name>
        <message>
            <source>&amp;Batch…</source>
            <translation>Procesamiento por &amp;lotes…</translation>
        </message>
        <message numerus="yes">
            <source>A batch stopped with {done} of %n item(s) done. File ▸ Batch… (Ctrl+B) resumes it; every finished answer is kept.</source>
            <translation>
                <numerusform>Un lote se detuvo tras completar {done} de %n elemento. Archivo ▸ Procesamiento por lotes… (Ctrl+B) lo reanuda; se conservan todas las respuestas terminadas.</numerusform>
                <numerusform>Un lote se detuvo tras completar {done} de %n elementos. Archivo ▸ Procesamiento por lotes… (Ctrl+B) lo reanuda; se conservan todas las respuestas terminadas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>batch_window</name>
        <message>
            <source>waiting</source>
            <translation>en espera</translation>
        </message>
        <message>
            <source>asking…</source>
            <translation>preguntando…</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fallido</translation>
        </message>
        <message>
            <source>Batch — pixdesk</source>
            <translation>Procesamiento por lotes — pixdesk</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Procesamiento por lotes</translation>
        </message>
        <message>
            <source>Files and folders</source>
            <translation>Archivos y carpetas</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Añadir archivos…</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>Añadir carpeta…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Pages of PDFs and TIFFs</source>
            <translation>Páginas de PDF y TIFF</translation>
        </message>
        <message>
            <source>Pages of PDFs and multi-page TIFFs, e.g. 1-3,5 or all</source>
            <translation>Páginas de PDF y TIFF de varias páginas, p. ej. 1-3,5 o all</translation>
        </message>
        <message>
            <source>Prompts</source>
            <translation>Instrucciones</translation>
        </message>
        <message>
            <source>Your own prompt, e.g. “List every date and amount”</source>
            <translation>Su propia instrucción, p. ej. «Enumera cada fecha e importe»</translation>
        </message>
        <message>
            <source>Your own prompt</source>
            <translation>Su propia instrucción</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Start batch</source>
            <translation>Iniciar el lote</translation>
        </message>
        <message>
            <source>Earlier batches</source>
            <translation>Lotes anteriores</translation>
        </message>
        <message>
            <source>Pages:</source>
            <translation>Páginas:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Files and folders&lt;/b&gt; (PDF and TIFF pages are items of their own)</source>
            <translation>&lt;b&gt;Archivos y carpetas&lt;/b&gt; (cada página de un PDF o TIFF es un elemento propio)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Prompts&lt;/b&gt; — each is asked about every page</source>
            <translation>&lt;b&gt;Instrucciones&lt;/b&gt; — cada una se aplica a cada página</translation>
        </message>
        <message>
            <source>Earlier batches:</source>
            <translation>Lotes anteriores:</translation>
        </message>
        <message>
            <source>Batch progress</source>
            <translation>Progreso del lote</translation>
        </message>
        <message>
            <source>Choose files and prompts, then start.</source>
            <translation>Elija archivos e instrucciones y, después, inicie.</translation>
        </message>
        <message>
            <source>Batch status</source>
            <translation>Estado del lote</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Página</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Instrucción</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Tokens</translation>
        </message>
        <message>
            <source>Batch results</source>
            <translation>Resultados del lote</translation>
        </message>
        <message>
            <source>One row per page and prompt; select a row to read its answer</source>
            <translation>Una fila por página e instrucción; seleccione una fila para leer su respuesta</translation>
        </message>
        <message>
            <source>Saved redactions applied</source>
            <translation>Tachados guardados aplicados</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Select an item to read its answer.</source>
            <translation>Seleccione un elemento para leer su respuesta.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Finish the answers being written, then stop</source>
            <translation>Terminar las respuestas en curso y después detenerse</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop now; the answers being written are asked again on Resume</source>
            <translation>Detener ahora; las respuestas en curso se vuelven a pedir al reanudar</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>Exportar resultados…</translation>
        </message>
        <message>
            <source>Add files to the batch</source>
            <translation>Añadir archivos al lote</translation>
        </message>
        <message>
            <source>Images and PDFs</source>
            <translation>Imágenes y PDF</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos los archivos</translation>
        </message>
        <message>
            <source>Add a folder to the batch</source>
            <translation>Añadir una carpeta al lote</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s): {files}</source>
            <translation>
                <numerusform>%n elemento: {files}</numerusform>
                <numerusform>%n elementos: {files}</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch {job}: {done} of {total} done, {failed} failed; {left} left — Resume carries on.</source>
            <translation>Lote {job}: {done} de {total} hechos, {failed} fallidos; quedan {left}; Reanudar continúa.</translation>
        </message>
        <message>
            <source>Batch {job}: {done} of {total} done, {failed} failed.</source>
            <translation>Lote {job}: {done} de {total} hechos, {failed} fallidos.</translation>
        </message>
        <message>
            <source>Batch {job}: {done} of {total} done; {left} left — Resume carries on.</source>
            <translation>Lote {job}: {done} de {total} hechos; quedan {left}; Reanudar continúa.</translation>
        </message>
        <message>
            <source>Batch {job}: {done} of {total} done.</source>
            <translation>Lote {job}: {done} de {total} hechos.</translation>
        </message>
        <message>
            <source>{status} — paused; Resume carries on.</source>
            <translation>{status} — en pausa; Reanudar continúa.</translation>
        </message>
        <message>
            <source>Pausing: the answers being written will finish first…</source>
            <translation>Pausando: primero terminarán las respuestas en curso…</translation>
        </message>
        <message numerus="yes">
            <source>and saved redactions applied to %n more file(s)</source>
            <translation>
                <numerusform>y tachados guardados aplicados a %n archivo más</numerusform>
                <numerusform>y tachados guardados aplicados a %n archivos más</numerusform>
            </translation>
        </message>
        <message>
            <source>Failed.</source>
            <translation>Error.</translation>
        </message>
        <message>
            <source>Not answered yet.</source>
            <translation>Aún sin respuesta.</translation>
        </message>
        <message>
            <source>{job}: {title} (finished)</source>
            <translation>{job}: {title} (terminado)</translation>
        </message>
        <message numerus="yes">
            <source>{job}: {title} (%n left)</source>
            <translation>
                <numerusform>{job}: {title} (queda %n)</numerusform>
                <numerusform>{job}: {title} (quedan %n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Export batch results</source>
            <translation>Exportar los resultados del lote</translation>
        </message>
        <message>
            <source>Results saved to {path}.</source>
            <translation>Resultados guardados en {path}.</translation>
        </message>
    </context>
    <context>
        <name>capture</name>
        <message>
            <source>On this desktop (Wayland) programs cannot see each other's windows, so pixdesk cannot pick one. Capture a region or the whole screen instead.</source>
            <translation>En este escritorio (Wayland) los programas no pueden ver las ventanas de los demás, así que pixdesk no puede elegir una. Capture una zona o la pantalla completa.</translation>
        </message>
        <message>
            <source>pixdesk could not list the windows on this screen. Capture a region or the whole screen instead.</source>
            <translation>pixdesk no ha podido enumerar las ventanas de esta pantalla. Capture una zona o la pantalla completa.</translation>
        </message>
        <message>
            <source>macOS did not let pixdesk see the screen: the capture came back empty. Open System Settings ▸ Privacy &amp; Security ▸ Screen Recording, turn on pixdesk, then quit and reopen pixdesk.</source>
            <translation>macOS no ha dejado que pixdesk vea la pantalla: la captura ha salido vacía. Abra Ajustes del Sistema ▸ Privacidad y seguridad ▸ Grabación de pantalla, active pixdesk y luego cierre y vuelva a abrir pixdesk.</translation>
        </message>
        <message>
            <source>The capture came back empty (all one colour). Try again, or capture a region instead.</source>
            <translation>La captura ha salido vacía (todo de un solo color). Inténtelo de nuevo o capture una zona.</translation>
        </message>
    </context>
    <context>
        <name>capture.flow</name>
        <message>
            <source>screen capture</source>
            <translation>captura de pantalla</translation>
        </message>
    </context>
    <context>
        <name>capture.overlay</name>
        <message>
            <source>Drag around what you want to ask about  ·  Esc to cancel</source>
            <translation>Arrastre alrededor de lo que quiere preguntar  ·  Esc para cancelar</translation>
        </message>
        <message>
            <source>Click a window, then press Enter (or double-click it)  ·  Esc to cancel</source>
            <translation>Haga clic en una ventana y pulse Intro (o haga doble clic)  ·  Esc para cancelar</translation>
        </message>
        <message>
            <source>Press Enter to use the whole screen, or drag around a part of it  ·  B to black out a part  ·  Esc to cancel</source>
            <translation>Intro para toda la pantalla, o arrastre alrededor de una parte  ·  B para tachar una parte  ·  Esc para cancelar</translation>
        </message>
        <message>
            <source>Enter (or double-click) to add it to your question  ·  Arrow keys move it, Shift+arrows resize it  ·  B to black out a part  ·  Esc to cancel</source>
            <translation>Intro (o doble clic) para añadirlo a su pregunta  ·  Flechas para mover, Mayús+flechas para cambiar el tamaño  ·  B para tachar una parte  ·  Esc para cancelar</translation>
        </message>
        <message>
            <source>Drag over what must not be sent: it turns black  ·  Ctrl+Z to undo a box  ·  B to stop blacking out  ·  Enter to add it to your question</source>
            <translation>Arrastre sobre lo que no debe enviarse: se vuelve negro  ·  Ctrl+Z para deshacer un recuadro  ·  B para dejar de tachar  ·  Intro para añadirlo a su pregunta</translation>
        </message>
        <message>
            <source>Screen capture</source>
            <translation>Captura de pantalla</translation>
        </message>
    </context>
    <context>
        <name>capture_entry</name>
        <message>
            <source>&amp;Capture region</source>
            <translation>&amp;Capturar una zona</translation>
        </message>
        <message>
            <source>Capture win&amp;dow</source>
            <translation>Capturar una &amp;ventana</translation>
        </message>
        <message>
            <source>Capture the whole &amp;screen</source>
            <translation>Capturar toda la &amp;pantalla</translation>
        </message>
        <message>
            <source>Capture part of the screen and ask about it ({shortcut})</source>
            <translation>Capturar una parte de la pantalla y preguntar sobre ella ({shortcut})</translation>
        </message>
    </context>
    <context>
        <name>catalog</name>
        <message>
            <source>United States</source>
            <translation>Estados Unidos</translation>
        </message>
        <message>
            <source>Your questions and images are processed in the United States.</source>
            <translation>Sus preguntas e imágenes se procesan en Estados Unidos.</translation>
        </message>
        <message>
            <source>Europe</source>
            <translation>Europa</translation>
        </message>
        <message>
            <source>Your questions and images are processed in Europe (they stay in the EU).</source>
            <translation>Sus preguntas e imágenes se procesan en Europa (no salen de la UE).</translation>
        </message>
        <message>
            <source>US East (N. Virginia)</source>
            <translation>EE. UU. Este (Norte de Virginia)</translation>
        </message>
        <message>
            <source>US East (Ohio)</source>
            <translation>EE. UU. Este (Ohio)</translation>
        </message>
        <message>
            <source>US West (Oregon)</source>
            <translation>EE. UU. Oeste (Oregón)</translation>
        </message>
        <message>
            <source>Europe (Frankfurt)</source>
            <translation>Europa (Fráncfort)</translation>
        </message>
        <message>
            <source>Europe (Stockholm)</source>
            <translation>Europa (Estocolmo)</translation>
        </message>
        <message>
            <source>Europe (Ireland)</source>
            <translation>Europa (Irlanda)</translation>
        </message>
        <message>
            <source>Europe (Paris)</source>
            <translation>Europa (París)</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Estándar</translation>
        </message>
        <message>
            <source>The usual speed, at the standard price.</source>
            <translation>La velocidad habitual, al precio estándar.</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioritario</translation>
        </message>
        <message>
            <source>Answers sooner when Bedrock is busy; costs more than Standard.</source>
            <translation>Responde antes cuando Bedrock está ocupado; cuesta más que Estándar.</translation>
        </message>
        <message>
            <source>faster, costs more</source>
            <translation>más rápido, más caro</translation>
        </message>
        <message>
            <source>Flex</source>
            <translation>Flex</translation>
        </message>
        <message>
            <source>Costs less than Standard; answers may wait when Bedrock is busy.</source>
            <translation>Cuesta menos que Estándar; las respuestas pueden esperar cuando Bedrock está ocupado.</translation>
        </message>
        <message>
            <source>cheaper, may wait</source>
            <translation>más barato, puede esperar</translation>
        </message>
    </context>
    <context>
        <name>chat</name>
        <message>
            <source>Try again in a few minutes, or choose Flex or another region in the toolbar.</source>
            <translation>Inténtelo de nuevo en unos minutos, o elija Flex u otra región en la barra de herramientas.</translation>
        </message>
    </context>
    <context>
        <name>chat_view</name>
        <message>
            <source>Conversation</source>
            <translation>Conversación</translation>
        </message>
        <message>
            <source>Drop a screenshot or a scanned page here, then ask about it below.</source>
            <translation>Suelte aquí una captura de pantalla o una página escaneada y pregunte sobre ella abajo.</translation>
        </message>
        <message numerus="yes">
            <source>Show %n earlier question(s)</source>
            <translation>
                <numerusform>Mostrar %n pregunta anterior</numerusform>
                <numerusform>Mostrar %n preguntas anteriores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n not shown)</source>
            <translation>
                <numerusform>(%n sin mostrar)</numerusform>
                <numerusform>(%n sin mostrar)</numerusform>
            </translation>
        </message>
        <message>
            <source>You</source>
            <translation>Usted</translation>
        </message>
        <message>
            <source>The question exactly as sent, with the instructions pixdesk added for the model</source>
            <translation>La pregunta exactamente como se envió, con las instrucciones que pixdesk añadió para el modelo</translation>
        </message>
        <message>
            <source>What was sent</source>
            <translation>Lo que se envió</translation>
        </message>
        <message>
            <source>Copy this code</source>
            <translation>Copiar este código</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Image sent: {name}, {width}×{height}</source>
            <translation>Imagen enviada: {name}, {width}×{height}</translation>
        </message>
        <message>
            <source>image</source>
            <translation>imagen</translation>
        </message>
        <message>
            <source>Show exactly what was sent</source>
            <translation>Mostrar exactamente lo que se envió</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>question {question} tokens, answer {answer} · ≈ {cost} (estimate)</source>
            <translation>pregunta {question} tokens, respuesta {answer} · ≈ {cost} (estimación)</translation>
        </message>
        <message>
            <source>Stopped. The answer above is incomplete.</source>
            <translation>Detenida. La respuesta de arriba está incompleta.</translation>
        </message>
        <message>
            <source>Interrupted: pixdesk was closed before this answer was finished. It is kept as it was.</source>
            <translation>Interrumpida: pixdesk se cerró antes de terminar esta respuesta. Se conserva tal como estaba.</translation>
        </message>
        <message>
            <source>The answer above is incomplete.</source>
            <translation>La respuesta de arriba está incompleta.</translation>
        </message>
        <message>
            <source>Open settings</source>
            <translation>Abrir la configuración</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copiar los detalles</translation>
        </message>
        <message>
            <source>Copy answer</source>
            <translation>Copiar la respuesta</translation>
        </message>
        <message>
            <source>Copy code</source>
            <translation>Copiar el código</translation>
        </message>
        <message>
            <source>Show page {page}</source>
            <translation>Mostrar la página {page}</translation>
        </message>
        <message>
            <source>Show on page {page}</source>
            <translation>Mostrar en la página {page}</translation>
        </message>
        <message>
            <source>Ask the same question about the whole document again to continue from here.</source>
            <translation>Haga de nuevo la misma pregunta sobre todo el documento para continuar desde aquí.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Edit question</source>
            <translation>Editar la pregunta</translation>
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
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>Waiting for your account's quota — sending in {time}</source>
            <translation>Esperando la cuota de su cuenta: envío en {time}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Bedrock is busy — trying again in {time} (attempt {attempt} of {allowed})</source>
            <translation>Bedrock está ocupado: se reintentará en {time} (intento {attempt} de {allowed})</translation>
        </message>
        <message>
            <source>Bedrock is busy — trying again in {time}</source>
            <translation>Bedrock está ocupado: se reintentará en {time}</translation>
        </message>
        <message>
            <source>Try Flex</source>
            <translation>Probar Flex</translation>
        </message>
        <message>
            <source>Try another region</source>
            <translation>Probar otra región</translation>
        </message>
        <message>
            <source>{model} could not answer. {problem}</source>
            <translation>{model} no ha podido responder. {problem}</translation>
        </message>
        <message>
            <source>… (the rest is in the conversation)</source>
            <translation>… (el resto está en la conversación)</translation>
        </message>
        <message>
            <source>Stopped: the answer is incomplete.</source>
            <translation>Detenida: la respuesta está incompleta.</translation>
        </message>
        <message>
            <source>{model} answered: {answer}</source>
            <translation>{model} ha respondido: {answer}</translation>
        </message>
    </context>
    <context>
        <name>clipboard_offer</name>
        <message>
            <source>Ask pixdesk about this screenshot?</source>
            <translation>¿Preguntar a pixdesk sobre esta captura de pantalla?</translation>
        </message>
        <message>
            <source>Screenshot on the clipboard</source>
            <translation>Captura de pantalla en el portapapeles</translation>
        </message>
        <message>
            <source>The copied screenshot</source>
            <translation>La captura de pantalla copiada</translation>
        </message>
        <message>
            <source>Attach screenshot</source>
            <translation>Adjuntar la captura</translation>
        </message>
        <message>
            <source>Adds the copied screenshot to your next question. Nothing is sent.</source>
            <translation>Añade la captura de pantalla copiada a su próxima pregunta. No se envía nada.</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
    </context>
    <context>
        <name>compare</name>
        <message>
            <source>These two images do not show the same screen: pixdesk could not find where one fits on the other.</source>
            <translation>Estas dos imágenes no muestran la misma pantalla: pixdesk no ha encontrado dónde encaja una en la otra.</translation>
        </message>
        <message>
            <source>Choose two screenshots of the same screen — the second may be a part of the first, or scrolled.</source>
            <translation>Elija dos capturas de pantalla de la misma pantalla: la segunda puede ser una parte de la primera o estar desplazada.</translation>
        </message>
        <message>
            <source>pixdesk could not tell where the second screenshot sits in the first — the screen repeats itself.</source>
            <translation>pixdesk no ha podido saber dónde está la segunda captura dentro de la primera: la pantalla se repite.</translation>
        </message>
        <message>
            <source>Crop them to the same area, or compare two full screenshots of the same size.</source>
            <translation>Recórtelas a la misma zona, o compare dos capturas completas del mismo tamaño.</translation>
        </message>
        <message>
            <source>pixdesk could not line up these two images in reasonable time.</source>
            <translation>pixdesk no ha podido alinear estas dos imágenes en un tiempo razonable.</translation>
        </message>
        <message>
            <source>Crop both screenshots to the same area, or take them at the same size, then compare again.</source>
            <translation>Recorte ambas capturas a la misma zona, o tómelas del mismo tamaño, y vuelva a comparar.</translation>
        </message>
        <message>
            <source>No pixel differs between the two.</source>
            <translation>Ningún píxel difiere entre las dos.</translation>
        </message>
        <message>
            <source>1 pixel changed, in one area.</source>
            <translation>Ha cambiado 1 píxel, en una zona.</translation>
        </message>
        <message>
            <source>{pixels} pixels changed, in one area.</source>
            <translation>Han cambiado {pixels} píxeles, en una zona.</translation>
        </message>
        <message>
            <source>{pixels} pixels changed, in {areas} areas.</source>
            <translation>Han cambiado {pixels} píxeles, en {areas} zonas.</translation>
        </message>
        <message>
            <source>The third image is the second, greyed out, with every changed pixel in magenta and each changed area boxed in purple.</source>
            <translation>La tercera imagen es la segunda, en gris, con cada píxel cambiado en magenta y cada zona cambiada enmarcada en morado.</translation>
        </message>
        <message>
            <source>The second image ({after}) is the part of the first ({before}) at {x},{y}.</source>
            <translation>La segunda imagen ({after}) es la parte de la primera ({before}) en {x},{y}.</translation>
        </message>
        <message>
            <source>The screen repeats itself: the second fits as well at other places, with the same changes.</source>
            <translation>La pantalla se repite: la segunda imagen encaja también en otros lugares, con los mismos cambios.</translation>
        </message>
        <message>
            <source>The two images ({before} and {after}) overlap in a {area} area, the second's {left},{top} lying on the first's {x},{y}; only that area was compared, and what lies outside it is darker.</source>
            <translation>Las dos imágenes ({before} y {after}) se superponen en una zona de {area}, con el punto {left},{top} de la segunda sobre el {x},{y} de la primera; solo se ha comparado esa zona, y lo que queda fuera aparece más oscuro.</translation>
        </message>
        <message>
            <source>An area to black out starts outside {name} ({width}×{height} pixels).</source>
            <translation>Una zona que tachar empieza fuera de {name} ({width}×{height} píxeles).</translation>
        </message>
    </context>
    <context>
        <name>compare_flow</name>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>Compare the two images</source>
            <translation>Comparar las dos imágenes</translation>
        </message>
        <message>
            <source>Make a third image that shows the pixels that changed, and ask what changed</source>
            <translation>Crear una tercera imagen con los píxeles que cambiaron y preguntar qué cambió</translation>
        </message>
        <message>
            <source>See what changed between the first image and the second</source>
            <translation>Ver qué cambió entre la primera imagen y la segunda</translation>
        </message>
        <message>
            <source>&amp;Compare the two images</source>
            <translation>&amp;Comparar las dos imágenes</translation>
        </message>
        <message>
            <source>Attach exactly two screenshots to compare — the one before, then the one after.</source>
            <translation>Adjunte exactamente dos capturas de pantalla para comparar: la de antes y después la de después.</translation>
        </message>
        <message>
            <source>pixdesk could not compare the images: the image reader stopped unexpectedly. Try again.</source>
            <translation>pixdesk no ha podido comparar las imágenes: la lectura de imágenes se detuvo de forma inesperada. Inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Comparando…</translation>
        </message>
        <message>
            <source>Comparing the two images…</source>
            <translation>Comparando las dos imágenes…</translation>
        </message>
        <message>
            <source>Before — {name}</source>
            <translation>Antes — {name}</translation>
        </message>
        <message>
            <source>After — {name}</source>
            <translation>Después — {name}</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Qué cambió</translation>
        </message>
        <message>
            <source>{found} The question is in the box below: edit it if you like, then press Enter.</source>
            <translation>{found} La pregunta está en el cuadro de abajo: edítela si quiere y pulse Intro.</translation>
        </message>
    </context>
    <context>
        <name>composer</name>
        <message>
            <source>Ask about the images…  (Enter sends, Shift+Enter starts a new line)</source>
            <translation>Pregunte sobre las imágenes…  (Intro envía, Mayús+Intro empieza una línea nueva)</translation>
        </message>
        <message>
            <source>Ask about the document…  (Enter sends, Shift+Enter starts a new line)</source>
            <translation>Pregunte sobre el documento…  (Intro envía, Mayús+Intro empieza una línea nueva)</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Attach images</source>
            <translation>Adjuntar imágenes</translation>
        </message>
        <message>
            <source>Attach images or a PDF (Ctrl+O)</source>
            <translation>Adjuntar imágenes o un PDF (Ctrl+O)</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop the answer</source>
            <translation>Detener la respuesta</translation>
        </message>
        <message>
            <source>Stop (Esc)</source>
            <translation>Detener (Esc)</translation>
        </message>
        <message>
            <source>Send question</source>
            <translation>Enviar la pregunta</translation>
        </message>
        <message>
            <source>Send (Enter)</source>
            <translation>Enviar (Intro)</translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <source>Connected: {model} answered from {region} in {seconds} s.</source>
            <translation>Conectado: {model} ha respondido desde {region} en {seconds} s.</translation>
        </message>
    </context>
    <context>
        <name>conversation_files</name>
        <message>
            <source>Web page, images included</source>
            <translation>Página web, con las imágenes</translation>
        </message>
        <message>
            <source>Markdown with an images folder</source>
            <translation>Markdown con una carpeta de imágenes</translation>
        </message>
        <message>
            <source>pixdesk conversation, re-importable</source>
            <translation>Conversación de pixdesk, reimportable</translation>
        </message>
        <message>
            <source>Open or start a conversation first; then it can be exported.</source>
            <translation>Abra o empiece primero una conversación; después podrá exportarla.</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>Exportar la conversación</translation>
        </message>
        <message>
            <source>The conversation could not be exported: {reason}</source>
            <translation>No se ha podido exportar la conversación: {reason}</translation>
        </message>
        <message>
            <source>Exported to {path}.</source>
            <translation>Exportado a {path}.</translation>
        </message>
        <message>
            <source>Import conversation</source>
            <translation>Importar una conversación</translation>
        </message>
        <message>
            <source>pixdesk conversations</source>
            <translation>Conversaciones de pixdesk</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos los archivos</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>pixdesk ran into a problem</source>
            <translation>pixdesk ha tenido un problema</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Your conversation is safe and pixdesk keeps running; if this happens again, please send these details to support.</source>
            <translation>Algo inesperado ha fallado. Su conversación está a salvo y pixdesk sigue funcionando; si vuelve a ocurrir, envíe estos detalles al soporte.</translation>
        </message>
        <message>
            <source>Problem details</source>
            <translation>Detalles del problema</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copiar los detalles</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Abrir la carpeta de registros</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <source>Signed in (company AWS sign-in)</source>
            <translation>Sesión iniciada (inicio de sesión de AWS de la empresa)</translation>
        </message>
        <message>
            <source>Signed in (set up by your IT team)</source>
            <translation>Sesión iniciada (configurada por su equipo de TI)</translation>
        </message>
        <message>
            <source>Signed in with an API key</source>
            <translation>Sesión iniciada con una clave de API</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>Sin iniciar sesión</translation>
        </message>
        <message>
            <source>Your company's AWS sign-in has ended. Sign in again to carry on.</source>
            <translation>El inicio de sesión de AWS de su empresa ha terminado. Vuelva a iniciar sesión para continuar.</translation>
        </message>
        <message>
            <source>Signed in until {time}</source>
            <translation>Sesión iniciada hasta las {time}</translation>
        </message>
        <message>
            <source>pixdesk found no AWS sign-in on this computer.</source>
            <translation>pixdesk no ha encontrado ningún inicio de sesión de AWS en este equipo.</translation>
        </message>
        <message>
            <source>Sign-in expired</source>
            <translation>Sesión caducada</translation>
        </message>
        <message>
            <source>Sign-in problem</source>
            <translation>Problema con el inicio de sesión</translation>
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
            <translation>¿Preguntar a pixdesk sobre esta captura de pantalla? Haga clic para adjuntarla.</translation>
        </message>
    </context>
    <context>
        <name>document_chip</name>
        <message>
            <source>Goes with your question: {what}. Remove it to ask without the document.</source>
            <translation>Se envía con su pregunta: {what}. Quítelo para preguntar sin el documento.</translation>
        </message>
        <message>
            <source>Goes with the question: {what}</source>
            <translation>Se envía con la pregunta: {what}</translation>
        </message>
        <message>
            <source>Delete removes it: the question then goes without the document.</source>
            <translation>Supr lo quita: la pregunta se envía entonces sin el documento.</translation>
        </message>
        <message>
            <source>Send without {what}</source>
            <translation>Enviar sin {what}</translation>
        </message>
    </context>
    <context>
        <name>document_plan</name>
        <message>
            <source>{document}: {pages} in {groups}, then one request that combines their answers — {requests} requests, about {input} tokens of question and at most {output} of answers, up to {cost} (estimate); {pace}.</source>
            <translation>{document}: {pages} en {groups}, y luego una solicitud que combina sus respuestas: {requests} solicitudes, unos {input} tokens de pregunta y como mucho {output} de respuestas, hasta {cost} (estimación); {pace}.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n grupo</numerusform>
                <numerusform>%n grupos</numerusform>
            </translation>
        </message>
        <message>
            <source>your quota lets every request through at once</source>
            <translation>su cuota deja pasar todas las solicitudes a la vez</translation>
        </message>
        <message>
            <source>about {time} of waiting for room in your quota</source>
            <translation>unos {time} de espera hasta que haya sitio en su cuota</translation>
        </message>
        <message>
            <source>There are no pages to ask about.</source>
            <translation>No hay páginas sobre las que preguntar.</translation>
        </message>
        <message>
            <source>{document} is too long to ask about as a whole at your quota ({count} groups of pages would leave each part under {tokens} tokens of answer).</source>
            <translation>{document} es demasiado largo para preguntar sobre todo él con su cuota ({count} grupos de páginas dejarían a cada parte menos de {tokens} tokens de respuesta).</translation>
        </message>
        <message>
            <source>Choose fewer pages (for example --pages 1-200), or raise the quota in Settings if your account's was raised.</source>
            <translation>Elija menos páginas (por ejemplo --pages 1-200), o aumente la cuota en la configuración si la de su cuenta se ha ampliado.</translation>
        </message>
        <message>
            <source>Page {page} of {document} is too large for one request at your quota.</source>
            <translation>La página {page} de {document} es demasiado grande para una sola solicitud con su cuota.</translation>
        </message>
        <message>
            <source>Lower the longest answer in Settings, or raise the quota if your account's was raised.</source>
            <translation>Reduzca la respuesta más larga en la configuración, o aumente la cuota si la de su cuenta se ha ampliado.</translation>
        </message>
        <message>
            <source>page {pages}</source>
            <translation>página {pages}</translation>
        </message>
        <message>
            <source>pages {pages}</source>
            <translation>páginas {pages}</translation>
        </message>
        <message>
            <source>About the whole of {document}, in {count} parts. Part 1 of {count}: {pages}.</source>
            <translation>Sobre todo {document}, en {count} partes. Parte 1 de {count}: {pages}.</translation>
        </message>
        <message>
            <source>About the whole of {document}, {pages}.</source>
            <translation>Sobre todo {document}, {pages}.</translation>
        </message>
        <message>
            <source>Part {number} of {count} — the same question about {pages}.</source>
            <translation>Parte {number} de {count}: la misma pregunta sobre {pages}.</translation>
        </message>
        <message>
            <source>Combine the answers of the {count} parts above into one: “{question}”</source>
            <translation>Combinar las respuestas de las {count} partes anteriores en una sola: «{question}»</translation>
        </message>
        <message>
            <source>Combine the answer above into one: “{question}”</source>
            <translation>Combinar la respuesta anterior en una sola: «{question}»</translation>
        </message>
    </context>
    <context>
        <name>document_question</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>about {time} at your quota</source>
            <translation>unos {time} con su cuota</translation>
        </message>
        <message>
            <source>no wait at your quota</source>
            <translation>sin espera con su cuota</translation>
        </message>
        <message numerus="yes">
            <source>{pages} in %n request(s)</source>
            <translation>
                <numerusform>{pages} en %n solicitud</numerusform>
                <numerusform>{pages} en %n solicitudes</numerusform>
            </translation>
        </message>
        <message>
            <source>about {tokens} tokens</source>
            <translation>unos {tokens} tokens</translation>
        </message>
        <message>
            <source>up to {cost}</source>
            <translation>hasta {cost}</translation>
        </message>
        <message numerus="yes">
            <source>The pages go in %n group(s) of at most 8, each asked on its own; then one more request combines their answers, with page numbers.
Size of the questions: about {input} tokens; of the answers: at most {output} tokens. The cost is an estimate, at its most.</source>
            <translation>
                <numerusform>Las páginas se envían en %n grupo de 8 como máximo, cada uno por separado; después, una solicitud más combina sus respuestas, con números de página.
Tamaño de las preguntas: unos {input} tokens; de las respuestas: como máximo {output} tokens. El coste es una estimación, por lo alto.</numerusform>
                <numerusform>Las páginas se envían en %n grupos de 8 como máximo, cada uno por separado; después, una solicitud más combina sus respuestas, con números de página.
Tamaño de las preguntas: unos {input} tokens; de las respuestas: como máximo {output} tokens. El coste es una estimación, por lo alto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{resumed} of %n group(s) answered already — they will not be asked again.</source>
            <translation>
                <numerusform>{resumed} de %n grupo ya respondido: no se volverá a preguntar.</numerusform>
                <numerusform>{resumed} de %n grupos ya respondidos: no se volverán a preguntar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting for your quota — {time} (group {number} of {count} next)</source>
            <translation>Esperando su cuota: {time} (después, grupo {number} de {count})</translation>
        </message>
        <message>
            <source>Combining the answers…</source>
            <translation>Combinando las respuestas…</translation>
        </message>
        <message>
            <source>Reading {pages} (group {number} of {count})…</source>
            <translation>Leyendo {pages} (grupo {number} de {count})…</translation>
        </message>
        <message>
            <source>Question about the whole document</source>
            <translation>Pregunta sobre todo el documento</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Preguntar</translation>
        </message>
        <message>
            <source>Send the requests of this plan</source>
            <translation>Enviar las solicitudes de este plan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Send nothing</source>
            <translation>No enviar nada</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop after what is being written; asking again continues from there</source>
            <translation>Detenerse tras lo que se está escribiendo; volver a preguntar continúa desde ahí</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Continue where it stopped</source>
            <translation>Continuar donde se detuvo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Nothing is sent until you press Ask.</source>
            <translation>No se envía nada hasta que pulse «Preguntar».</translation>
        </message>
        <message>
            <source>Open a document with File ▸ Review a document… first.</source>
            <translation>Abra primero un documento con Archivo ▸ Revisar un documento…</translation>
        </message>
        <message>
            <source>A question about the whole document is being answered: wait for it, or Stop it.</source>
            <translation>Se está respondiendo una pregunta sobre todo el documento: espérela o deténgala.</translation>
        </message>
        <message>
            <source>A question about the whole document goes without other images.</source>
            <translation>Una pregunta sobre todo el documento se envía sin otras imágenes.</translation>
        </message>
        <message>
            <source>Remove them from the images to send, or ask about one page.</source>
            <translation>Quítelas de las imágenes que se enviarán o pregunte sobre una sola página.</translation>
        </message>
        <message>
            <source>About the whole of {name}: “{question}”</source>
            <translation>Sobre todo {name}: «{question}»</translation>
        </message>
        <message>
            <source>Working out how to send it…</source>
            <translation>Calculando cómo enviarla…</translation>
        </message>
        <message>
            <source>{name} could not be read: {reason}.</source>
            <translation>No se ha podido leer {name}: {reason}.</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <source>Stopped. The answers so far are kept.</source>
            <translation>Detenido. Se conservan las respuestas obtenidas.</translation>
        </message>
        <message>
            <source>Continue asks only what is left.</source>
            <translation>«Continuar» pregunta solo lo que falta.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>The model gave no answer.</source>
            <translation>El modelo no ha dado ninguna respuesta.</translation>
        </message>
        <message>
            <source>The answers could not be combined.</source>
            <translation>No se han podido combinar las respuestas.</translation>
        </message>
        <message>
            <source>{pages} could not be read.</source>
            <translation>No se han podido leer {pages}.</translation>
        </message>
        <message>
            <source>The answers so far are kept.</source>
            <translation>Se conservan las respuestas obtenidas.</translation>
        </message>
    </context>
    <context>
        <name>domain</name>
        <message>
            <source>The answer was cut off because it reached the maximum length.</source>
            <translation>La respuesta se cortó porque alcanzó la longitud máxima.</translation>
        </message>
        <message>
            <source>A guardrail stopped the answer.</source>
            <translation>Una barrera de protección (guardrail) detuvo la respuesta.</translation>
        </message>
        <message>
            <source>The answer was stopped by a content filter.</source>
            <translation>Un filtro de contenido detuvo la respuesta.</translation>
        </message>
        <message>
            <source>The conversation is too long for the model; the answer was cut off.</source>
            <translation>La conversación es demasiado larga para el modelo; la respuesta se cortó.</translation>
        </message>
    </context>
    <context>
        <name>empty_state</name>
        <message>
            <source>Drop a screenshot or a scanned page</source>
            <translation>Suelte una captura de pantalla o una página escaneada</translation>
        </message>
        <message>
            <source>What is wrong in this screenshot?</source>
            <translation>¿Qué falla en esta captura de pantalla?</translation>
        </message>
        <message>
            <source>Transcribe this page</source>
            <translation>Transcribir esta página</translation>
        </message>
        <message>
            <source>Give me the table as CSV</source>
            <translation>Dar la tabla en formato CSV</translation>
        </message>
        <message>
            <source>Summarise this document</source>
            <translation>Resumir este documento</translation>
        </message>
        <message>
            <source>Empty conversation</source>
            <translation>Conversación vacía</translation>
        </message>
        <message>
            <source>Drop images here</source>
            <translation>Suelte imágenes aquí</translation>
        </message>
        <message>
            <source>…or bring one in another way, then ask about it.</source>
            <translation>…o tráigala de otra forma y pregunte sobre ella.</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Choose images or a PDF to ask about (Ctrl+O)</source>
            <translation>Elegir imágenes o un PDF sobre los que preguntar (Ctrl+O)</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Pegar</translation>
        </message>
        <message>
            <source>Paste a screenshot from the clipboard (Ctrl+V)</source>
            <translation>Pegar una captura de pantalla del portapapeles (Ctrl+V)</translation>
        </message>
        <message>
            <source>Review a document…</source>
            <translation>Revisar un documento…</translation>
        </message>
        <message>
            <source>Open a scanned document page by page, to mark, redact and ask (Ctrl+R)</source>
            <translation>Abrir un documento escaneado página a página para marcar, tachar y preguntar (Ctrl+R)</translation>
        </message>
        <message>
            <source>Or start from a common question:</source>
            <translation>O empiece con una pregunta habitual:</translation>
        </message>
        <message>
            <source>Puts this question in the question box</source>
            <translation>Pone esta pregunta en el cuadro de pregunta</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Press Sign in again on the toolbar, or choose other credentials in Settings.</source>
            <translation>Pulse Volver a iniciar sesión en la barra de herramientas, o elija otras credenciales en la configuración.</translation>
        </message>
        <message>
            <source>{region} ({code})</source>
            <translation>{region} ({code})</translation>
        </message>
        <message>
            <source>Your conversations stay readable in pixdesk, and you can export them.</source>
            <translation>Sus conversaciones siguen legibles en pixdesk y puede exportarlas.</translation>
        </message>
        <message>
            <source>Amazon Bedrock no longer offers {model} to this account (it has been retired).</source>
            <translation>Amazon Bedrock ya no ofrece {model} a esta cuenta (se ha retirado).</translation>
        </message>
        <message>
            <source>Ask your AWS admin what to use instead.</source>
            <translation>Pregunte a su administrador de AWS qué usar en su lugar.</translation>
        </message>
        <message>
            <source>Amazon Bedrock has removed this account's access to {model}: it is now an old (legacy) model, kept only for accounts that used it recently.</source>
            <translation>Amazon Bedrock ha retirado el acceso de esta cuenta a {model}: ahora es un modelo antiguo (legacy), que solo conservan las cuentas que lo usaron hace poco.</translation>
        </message>
        <message>
            <source>Ask your AWS admin whether access can be restored, or what to use instead.</source>
            <translation>Pregunte a su administrador de AWS si se puede restablecer el acceso o qué usar en su lugar.</translation>
        </message>
        <message>
            <source>Your AWS account has not been granted access to {model} in {where}, or these credentials are not allowed to use it.</source>
            <translation>Su cuenta de AWS no tiene acceso a {model} en {where}, o estas credenciales no pueden usarlo.</translation>
        </message>
        <message>
            <source>Request model access in the Amazon Bedrock console (Model access) for this region, or ask your AWS administrator for bedrock:InvokeModelWithResponseStream permission.</source>
            <translation>Solicite acceso al modelo en la consola de Amazon Bedrock (Model access) para esta región, o pida a su administrador de AWS el permiso bedrock:InvokeModelWithResponseStream.</translation>
        </message>
        <message>
            <source>Your AWS sign-in has expired.</source>
            <translation>Su inicio de sesión de AWS ha caducado.</translation>
        </message>
        <message>
            <source>AWS did not accept these credentials (the key or API key is wrong or was revoked).</source>
            <translation>AWS no ha aceptado estas credenciales (la clave o la clave de API es incorrecta o se ha revocado).</translation>
        </message>
        <message>
            <source>Check the AWS profile or Bedrock API key in Settings.</source>
            <translation>Compruebe el perfil de AWS o la clave de API de Bedrock en la configuración.</translation>
        </message>
        <message>
            <source>Bedrock is limiting how fast this account can ask questions right now.</source>
            <translation>Bedrock está limitando ahora la rapidez con la que esta cuenta puede hacer preguntas.</translation>
        </message>
        <message>
            <source>Wait a little and try again.</source>
            <translation>Espere un poco e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>{model} is starting up and not ready yet.</source>
            <translation>{model} se está iniciando y aún no está listo.</translation>
        </message>
        <message>
            <source>Try again in a minute.</source>
            <translation>Inténtelo de nuevo dentro de un minuto.</translation>
        </message>
        <message>
            <source>{model} took too long to answer.</source>
            <translation>{model} ha tardado demasiado en responder.</translation>
        </message>
        <message>
            <source>Try again, perhaps with fewer or smaller images.</source>
            <translation>Inténtelo de nuevo, quizá con menos imágenes o más pequeñas.</translation>
        </message>
        <message>
            <source>Amazon Bedrock is unavailable in {where} right now.</source>
            <translation>Amazon Bedrock no está disponible en {where} en este momento.</translation>
        </message>
        <message>
            <source>Try again shortly, or pick another region.</source>
            <translation>Inténtelo de nuevo en breve, o elija otra región.</translation>
        </message>
        <message>
            <source>{model} could not be found from {where}.</source>
            <translation>No se ha encontrado {model} desde {where}.</translation>
        </message>
        <message>
            <source>Pick one of the listed regions; if it persists, update pixdesk.</source>
            <translation>Elija una de las regiones de la lista; si persiste, actualice pixdesk.</translation>
        </message>
        <message>
            <source>The conversation and images are too long for the model to read at once.</source>
            <translation>La conversación y las imágenes son demasiado largas para que el modelo las lea de una vez.</translation>
        </message>
        <message>
            <source>Start a new chat or remove some images.</source>
            <translation>Empiece un chat nuevo o quite algunas imágenes.</translation>
        </message>
        <message>
            <source>Amazon Bedrock did not accept this question.</source>
            <translation>Amazon Bedrock no ha aceptado esta pregunta.</translation>
        </message>
        <message>
            <source>Check the answer length, temperature and images; the details say what was wrong.</source>
            <translation>Compruebe la longitud de la respuesta, la temperatura y las imágenes; los detalles indican qué falló.</translation>
        </message>
        <message>
            <source>{model} ran into a problem on Amazon's side.</source>
            <translation>{model} ha tenido un problema en el lado de Amazon.</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>Inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Amazon Bedrock answered with an unexpected error.</source>
            <translation>Amazon Bedrock ha respondido con un error inesperado.</translation>
        </message>
        <message>
            <source>Try again; if it persists, copy the details for support.</source>
            <translation>Inténtelo de nuevo; si persiste, copie los detalles para el soporte.</translation>
        </message>
        <message>
            <source>The proxy server {proxy} did not accept the user name and password pixdesk gave it.</source>
            <translation>El servidor proxy {proxy} no ha aceptado el nombre de usuario y la contraseña que le dio pixdesk.</translation>
        </message>
        <message>
            <source>The proxy server did not accept the user name and password pixdesk gave it.</source>
            <translation>El servidor proxy no ha aceptado el nombre de usuario y la contraseña que le dio pixdesk.</translation>
        </message>
        <message>
            <source>Check the proxy's user name and password in Settings, under Network.</source>
            <translation>Compruebe el nombre de usuario y la contraseña del proxy en la configuración, en Red.</translation>
        </message>
        <message>
            <source>pixdesk could not connect to {service} through the proxy server {proxy}.</source>
            <translation>pixdesk no ha podido conectarse con {service} a través del servidor proxy {proxy}.</translation>
        </message>
        <message>
            <source>pixdesk could not connect to {service} through the proxy server.</source>
            <translation>pixdesk no ha podido conectarse con {service} a través del servidor proxy.</translation>
        </message>
        <message>
            <source>Check the proxy in Settings, under Network, or ask your IT team which proxy to use.</source>
            <translation>Compruebe el proxy en la configuración, en Red, o pregunte a su equipo de TI qué proxy usar.</translation>
        </message>
        <message>
            <source>There is no AWS profile called “{profile}”.</source>
            <translation>No existe ningún perfil de AWS llamado «{profile}».</translation>
        </message>
        <message>
            <source>Choose a profile from the list in Settings.</source>
            <translation>Elija un perfil de la lista en la configuración.</translation>
        </message>
        <message>
            <source>pixdesk has no AWS credentials to call Bedrock with.</source>
            <translation>pixdesk no tiene credenciales de AWS para llamar a Bedrock.</translation>
        </message>
        <message>
            <source>Sign in with an AWS profile (or AWS SSO), or give pixdesk a Bedrock API key.</source>
            <translation>Inicie sesión con un perfil de AWS (o AWS SSO), o dé a pixdesk una clave de API de Bedrock.</translation>
        </message>
        <message>
            <source>The AWS SSO sign-in for the AWS profile “{profile}” has expired.</source>
            <translation>El inicio de sesión de AWS SSO del perfil de AWS «{profile}» ha caducado.</translation>
        </message>
        <message>
            <source>The AWS SSO sign-in for your AWS credentials has expired.</source>
            <translation>El inicio de sesión de AWS SSO de sus credenciales de AWS ha caducado.</translation>
        </message>
        <message>
            <source>pixdesk could not load the AWS profile “{profile}”.</source>
            <translation>pixdesk no ha podido cargar el perfil de AWS «{profile}».</translation>
        </message>
        <message>
            <source>pixdesk could not load your AWS credentials.</source>
            <translation>pixdesk no ha podido cargar sus credenciales de AWS.</translation>
        </message>
        <message>
            <source>Check the AWS profile settings, or choose another in Settings.</source>
            <translation>Compruebe los ajustes del perfil de AWS, o elija otro en la configuración.</translation>
        </message>
        <message>
            <source>pixdesk will not send a Bedrock API key over an unencrypted connection.</source>
            <translation>pixdesk no enviará una clave de API de Bedrock por una conexión sin cifrar.</translation>
        </message>
        <message>
            <source>Use an https:// endpoint, or sign in with an AWS profile instead.</source>
            <translation>Use un punto de conexión https://, o inicie sesión con un perfil de AWS en su lugar.</translation>
        </message>
        <message>
            <source>The secure connection to Amazon Bedrock could not be verified: your company's network may inspect secure connections with a certificate this computer does not trust.</source>
            <translation>No se ha podido verificar la conexión segura con Amazon Bedrock: puede que la red de su empresa inspeccione las conexiones seguras con un certificado en el que este equipo no confía.</translation>
        </message>
        <message>
            <source>Ask your IT team to install the company's certificate on this computer, or to give you a certificate file for AWS_CA_BUNDLE.</source>
            <translation>Pida a su equipo de TI que instale el certificado de la empresa en este equipo o que le dé un archivo de certificado para AWS_CA_BUNDLE.</translation>
        </message>
        <message>
            <source>The secure connection to Amazon Bedrock could not be verified.</source>
            <translation>No se ha podido verificar la conexión segura con Amazon Bedrock.</translation>
        </message>
        <message>
            <source>A proxy or firewall may be intercepting it; ask your IT team, or check AWS_CA_BUNDLE.</source>
            <translation>Puede que un proxy o un cortafuegos la intercepte; pregunte a su equipo de TI o compruebe AWS_CA_BUNDLE.</translation>
        </message>
        <message>
            <source>Amazon Bedrock stopped answering for too long.</source>
            <translation>Amazon Bedrock ha dejado de responder durante demasiado tiempo.</translation>
        </message>
        <message>
            <source>pixdesk could not connect to Amazon Bedrock.</source>
            <translation>pixdesk no ha podido conectarse a Amazon Bedrock.</translation>
        </message>
        <message>
            <source>Check your internet connection and try again.</source>
            <translation>Compruebe su conexión a Internet e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The connection to Amazon Bedrock was lost.</source>
            <translation>Se ha perdido la conexión con Amazon Bedrock.</translation>
        </message>
        <message>
            <source>pixdesk built a request Bedrock would not accept.</source>
            <translation>pixdesk ha creado una solicitud que Bedrock no aceptaría.</translation>
        </message>
        <message>
            <source>Please report this.</source>
            <translation>Por favor, infórmenos de esto.</translation>
        </message>
        <message>
            <source>Something went wrong while talking to Amazon Bedrock.</source>
            <translation>Algo ha fallado al comunicarse con Amazon Bedrock.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>There is no conversation {number}.</source>
            <translation>No existe ninguna conversación {number}.</translation>
        </message>
    </context>
    <context>
        <name>fetch</name>
        <message>
            <source>pixdesk only downloads images from http:// or https:// addresses.</source>
            <translation>pixdesk solo descarga imágenes de direcciones http:// o https://.</translation>
        </message>
        <message>
            <source>The image at {host} could not be downloaded.</source>
            <translation>No se ha podido descargar la imagen de {host}.</translation>
        </message>
        <message>
            <source>Save it to your computer and drop the file instead.</source>
            <translation>Guárdela en su equipo y suelte el archivo en su lugar.</translation>
        </message>
        <message>
            <source>The image {name} is larger than {size} MB.</source>
            <translation>La imagen {name} ocupa más de {size} MB.</translation>
        </message>
        <message>
            <source>Save a smaller copy and drop that instead.</source>
            <translation>Guarde una copia más pequeña y suéltela en su lugar.</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>Choose an image or a document saved as a file.</source>
            <translation>Elija una imagen o un documento guardado como archivo.</translation>
        </message>
        <message>
            <source>{name} is larger than pixdesk reads ({size} MB).</source>
            <translation>{name} es más grande de lo que pixdesk lee ({size} MB).</translation>
        </message>
        <message>
            <source>{name} is not a file but a pipe, so pixdesk does not read it.</source>
            <translation>{name} no es un archivo sino una tubería (pipe), así que pixdesk no lo lee.</translation>
        </message>
        <message>
            <source>{name} is not a file but a device, so pixdesk does not read it.</source>
            <translation>{name} no es un archivo sino un dispositivo, así que pixdesk no lo lee.</translation>
        </message>
        <message>
            <source>{name} is not a file but a socket, so pixdesk does not read it.</source>
            <translation>{name} no es un archivo sino un socket, así que pixdesk no lo lee.</translation>
        </message>
        <message>
            <source>{name} is not a file but something other than a file, so pixdesk does not read it.</source>
            <translation>{name} no es un archivo sino otra cosa, así que pixdesk no lo lee.</translation>
        </message>
        <message>
            <source>Cannot write {path}: part of that path is a file, not a folder.</source>
            <translation>No se puede escribir {path}: una parte de esa ruta es un archivo, no una carpeta.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>No se puede escribir {path}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut</name>
        <message>
            <source>Your desktop (Wayland) does not let programs set a shortcut that works in every window. In pixdesk, {shortcut} still captures, and so does the pixdesk icon's menu beside the clock.</source>
            <translation>Su escritorio (Wayland) no permite a los programas definir un atajo que funcione en todas las ventanas. En pixdesk, {shortcut} sigue capturando, igual que el menú del icono de pixdesk junto al reloj.</translation>
        </message>
        <message>
            <source>pixdesk is running without a desktop here, so it has no shortcut outside its window. In pixdesk, {shortcut} still captures.</source>
            <translation>pixdesk se ejecuta aquí sin escritorio, así que no tiene atajo fuera de su ventana. En pixdesk, {shortcut} sigue capturando.</translation>
        </message>
        <message>
            <source>Off. In the pixdesk window, {shortcut} still captures.</source>
            <translation>Desactivado. En la ventana de pixdesk, {shortcut} sigue capturando.</translation>
        </message>
        <message>
            <source>{shortcut} will capture from any program while pixdesk runs.</source>
            <translation>{shortcut} capturará desde cualquier programa mientras pixdesk esté abierto.</translation>
        </message>
        <message>
            <source>{shortcut} captures from any program while pixdesk runs.</source>
            <translation>{shortcut} captura desde cualquier programa mientras pixdesk esté abierto.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut.keys</name>
        <message>
            <source>Use at least two of Ctrl, Alt and Shift with a letter (for example Ctrl+Alt+S): with fewer, the shortcut would take that key away from every other program.</source>
            <translation>Use al menos dos de Ctrl, Alt y Mayús con una letra (por ejemplo Ctrl+Alt+S): con menos, el atajo quitaría esa tecla a todos los demás programas.</translation>
        </message>
        <message>
            <source>pixdesk cannot use that key outside its window. Choose a letter, a digit or F1–F12.</source>
            <translation>pixdesk no puede usar esa tecla fuera de su ventana. Elija una letra, un dígito o F1–F12.</translation>
        </message>
        <message>
            <source>Choose one key with its modifiers (for example Ctrl+Alt+S), not several in a row.</source>
            <translation>Elija una sola tecla con sus modificadores (por ejemplo Ctrl+Alt+S), no varias seguidas.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut.macos</name>
        <message>
            <source>macOS did not accept a shortcut from pixdesk (error {code}).</source>
            <translation>macOS no ha aceptado un atajo de pixdesk (error {code}).</translation>
        </message>
        <message>
            <source>Another program already uses {shortcut}. Choose another shortcut.</source>
            <translation>Otro programa ya usa {shortcut}. Elija otro atajo.</translation>
        </message>
        <message>
            <source>macOS does not allow {shortcut} as a shortcut. Choose one with ⌘ or ⌃.</source>
            <translation>macOS no permite {shortcut} como atajo. Elija uno con ⌘ o ⌃.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut.windows</name>
        <message>
            <source>Another program already uses {shortcut}. Choose another shortcut.</source>
            <translation>Otro programa ya usa {shortcut}. Elija otro atajo.</translation>
        </message>
        <message>
            <source>Windows refused {shortcut} (error {code}). Choose another shortcut.</source>
            <translation>Windows ha rechazado {shortcut} (error {code}). Elija otro atajo.</translation>
        </message>
    </context>
    <context>
        <name>global_shortcut.x11</name>
        <message>
            <source>pixdesk could not find the X11 library, so it has no shortcut outside its window.</source>
            <translation>pixdesk no ha encontrado la biblioteca X11, así que no tiene atajo fuera de su ventana.</translation>
        </message>
        <message>
            <source>pixdesk could not reach your desktop's display to set the shortcut.</source>
            <translation>pixdesk no ha podido acceder a la pantalla de su escritorio para definir el atajo.</translation>
        </message>
        <message>
            <source>This keyboard has no key for {shortcut}. Choose another shortcut.</source>
            <translation>Este teclado no tiene tecla para {shortcut}. Elija otro atajo.</translation>
        </message>
        <message>
            <source>Another program already uses {shortcut}. Choose another shortcut.</source>
            <translation>Otro programa ya usa {shortcut}. Elija otro atajo.</translation>
        </message>
        <message>
            <source>Your desktop refused {shortcut}. Choose another shortcut.</source>
            <translation>Su escritorio ha rechazado {shortcut}. Elija otro atajo.</translation>
        </message>
    </context>
    <context>
        <name>help_dialogs</name>
        <message>
            <source>About pixdesk</source>
            <translation>Acerca de pixdesk</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
    </context>
    <context>
        <name>help_menu</name>
        <message>
            <source>Send the question</source>
            <translation>Enviar la pregunta</translation>
        </message>
        <message>
            <source>Start a new line in the question</source>
            <translation>Empezar una línea nueva en la pregunta</translation>
        </message>
        <message>
            <source>Menu of the selected conversation (history list)</source>
            <translation>Menú de la conversación seleccionada (lista del historial)</translation>
        </message>
        <message>
            <source>Stop the answer being written</source>
            <translation>Detener la respuesta que se está escribiendo</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;Report a problem</source>
            <translation>&amp;Informar de un problema</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Abrir la carpeta de &amp;registros</translation>
        </message>
        <message>
            <source>&amp;About pixdesk</source>
            <translation>&amp;Acerca de pixdesk</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Model end of life</source>
            <translation>Fin de vida del modelo</translation>
        </message>
        <message>
            <source>Inference profile in use</source>
            <translation>Perfil de inferencia en uso</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>nothing is kept (history off)</source>
            <translation>no se guarda nada (historial desactivado)</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>Carpeta de registros</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>Ask {model} on Amazon Bedrock about screenshots and scanned documents.</source>
            <translation>Pregunte a {model} en Amazon Bedrock sobre capturas de pantalla y documentos escaneados.</translation>
        </message>
        <message>
            <source>Details for support copied — paste them into your message. They contain no keys or passwords.</source>
            <translation>Detalles para el soporte copiados: péguelos en su mensaje. No contienen claves ni contraseñas.</translation>
        </message>
    </context>
    <context>
        <name>history_controller</name>
        <message>
            <source>conversation</source>
            <translation>conversación</translation>
        </message>
    </context>
    <context>
        <name>history_dates</name>
        <message>
            <source>Older</source>
            <translation>Anteriores</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Ayer</translation>
        </message>
        <message>
            <source>Previous 7 days</source>
            <translation>Últimos 7 días</translation>
        </message>
        <message>
            <source>Previous 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <translation>MMMM 'de' yyyy</translation>
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
            <translation>Historial</translation>
        </message>
        <message>
            <source>Search all conversations</source>
            <translation>Buscar en todas las conversaciones</translation>
        </message>
        <message>
            <source>Search history</source>
            <translation>Buscar en el historial</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversaciones</translation>
        </message>
        <message>
            <source>Menu key or Shift+F10: rename, export or delete. F2 renames.</source>
            <translation>Tecla Menú o Mayús+F10: cambiar el nombre, exportar o eliminar. F2 cambia el nombre.</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Nuevo chat</translation>
        </message>
        <message>
            <source>Conversation actions</source>
            <translation>Acciones de la conversación</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>Cambiar el &amp;nombre…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <source>history list</source>
            <translation>lista del historial</translation>
        </message>
        <message numerus="yes">
            <source>{date} · %n question(s)</source>
            <translation>
                <numerusform>{date} · %n pregunta</numerusform>
                <numerusform>{date} · %n preguntas</numerusform>
            </translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Rename conversation</source>
            <translation>Cambiar el nombre de la conversación</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Cambiar el nombre</translation>
        </message>
        <message>
            <source>Delete conversation?</source>
            <translation>¿Eliminar la conversación?</translation>
        </message>
        <message>
            <source>Delete “{title}” and its images? This cannot be undone.</source>
            <translation>¿Eliminar «{title}» y sus imágenes? No se puede deshacer.</translation>
        </message>
        <message>
            <source>Delete conversation</source>
            <translation>Eliminar la conversación</translation>
        </message>
    </context>
    <context>
        <name>image_intake</name>
        <message>
            <source>Images and PDFs</source>
            <translation>Imágenes y PDF</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos los archivos</translation>
        </message>
        <message>
            <source>Add images</source>
            <translation>Añadir imágenes</translation>
        </message>
        <message>
            <source>pasted image</source>
            <translation>imagen pegada</translation>
        </message>
    </context>
    <context>
        <name>images</name>
        <message>
            <source>Pixtral Large reads at most {limit} images at a time; this question has {count}.</source>
            <translation>Pixtral Large lee como máximo {limit} imágenes a la vez; esta pregunta tiene {count}.</translation>
        </message>
        <message>
            <source>Pixtral Large reads at most {limit} images at a time; this question has at least {count}.</source>
            <translation>Pixtral Large lee como máximo {limit} imágenes a la vez; esta pregunta tiene al menos {count}.</translation>
        </message>
        <message>
            <source>Choose fewer pages (for example --pages 1-8), or ask about the files one at a time.</source>
            <translation>Elija menos páginas (por ejemplo --pages 1-8), o pregunte sobre los archivos de uno en uno.</translation>
        </message>
    </context>
    <context>
        <name>intake</name>
        <message>
            <source>“{pages}” is not a page list.</source>
            <translation>«{pages}» no es una lista de páginas.</translation>
        </message>
        <message>
            <source>Write pages like 1-3,5 or all.</source>
            <translation>Escriba las páginas como 1-3,5 o all.</translation>
        </message>
        <message>
            <source>“{pages}” is not a page range.</source>
            <translation>«{pages}» no es un intervalo de páginas.</translation>
        </message>
        <message>
            <source>Pages are numbered from 1.</source>
            <translation>Las páginas se numeran desde 1.</translation>
        </message>
        <message>
            <source>There is no page {page}: the document has {count}.</source>
            <translation>No hay página {page}: el documento tiene {count}.</translation>
        </message>
        <message>
            <source>“{area}” is not an area.</source>
            <translation>«{area}» no es una zona.</translation>
        </message>
        <message>
            <source>Write it as x,y,width,height in pixels, e.g. 100,200,640,480.</source>
            <translation>Escríbala como x,y,ancho,alto en píxeles, p. ej. 100,200,640,480.</translation>
        </message>
    </context>
    <context>
        <name>json_format</name>
        <message>
            <source>Cannot import {name}: {reason}.</source>
            <translation>No se puede importar {name}: {reason}.</translation>
        </message>
        <message>
            <source>the file is damaged ({where}: {what})</source>
            <translation>el archivo está dañado ({where}: {what})</translation>
        </message>
        <message>
            <source>it is not a file</source>
            <translation>no es un archivo</translation>
        </message>
        <message>
            <source>it is larger than pixdesk imports ({megabytes} MB)</source>
            <translation>es más grande de lo que pixdesk importa ({megabytes} MB)</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>ese archivo no existe</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>es una carpeta, no un archivo</translation>
        </message>
        <message>
            <source>it could not be read ({why})</source>
            <translation>no se ha podido leer ({why})</translation>
        </message>
        <message>
            <source>it is not a JSON file</source>
            <translation>no es un archivo JSON</translation>
        </message>
        <message>
            <source>it is not a pixdesk conversation export</source>
            <translation>no es una conversación exportada por pixdesk</translation>
        </message>
        <message>
            <source>it was made by a newer pixdesk (format version {version}); update pixdesk to import it</source>
            <translation>lo creó una versión más reciente de pixdesk (versión de formato {version}); actualice pixdesk para importarlo</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Open images…</source>
            <translation>&amp;Abrir imágenes…</translation>
        </message>
        <message>
            <source>&amp;New chat</source>
            <translation>&amp;Nuevo chat</translation>
        </message>
        <message>
            <source>&amp;Export conversation…</source>
            <translation>&amp;Exportar la conversación…</translation>
        </message>
        <message>
            <source>&amp;Import conversation…</source>
            <translation>&amp;Importar una conversación…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Paste image</source>
            <translation>&amp;Pegar imagen</translation>
        </message>
        <message>
            <source>&amp;Stop answer</source>
            <translation>&amp;Detener la respuesta</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Show &amp;conversations</source>
            <translation>Mostrar las &amp;conversaciones</translation>
        </message>
        <message>
            <source>Show or hide the list of conversations (Ctrl+Shift+H)</source>
            <translation>Mostrar u ocultar la lista de conversaciones (Ctrl+Mayús+H)</translation>
        </message>
        <message>
            <source>Type a question first.</source>
            <translation>Escriba primero una pregunta.</translation>
        </message>
        <message>
            <source>Preparing the images…</source>
            <translation>Preparando las imágenes…</translation>
        </message>
        <message>
            <source>pixdesk was closed while an answer was being written. The question and the answer so far are kept below, marked interrupted; Retry asks again.</source>
            <translation>pixdesk se cerró mientras se escribía una respuesta. La pregunta y la respuesta hasta ese momento se conservan abajo, marcadas como interrumpidas; Reintentar vuelve a preguntar.</translation>
        </message>
        <message>
            <source>Stop the answer being written first (Esc).</source>
            <translation>Detenga primero la respuesta que se está escribiendo (Esc).</translation>
        </message>
        <message>
            <source>Asking again with {tier}. Your next questions use {chosen}.</source>
            <translation>Preguntando de nuevo con {tier}. Sus próximas preguntas usan {chosen}.</translation>
        </message>
        <message>
            <source>Choose where your data is processed: pixdesk asks again there at once.</source>
            <translation>Elija dónde se procesan sus datos: pixdesk vuelve a preguntar allí enseguida.</translation>
        </message>
        <message>
            <source>Choose where your data is processed, then press Retry.</source>
            <translation>Elija dónde se procesan sus datos y pulse Reintentar.</translation>
        </message>
        <message>
            <source>Copied.</source>
            <translation>Copiado.</translation>
        </message>
        <message>
            <source>Speed and price are set by your organisation: pixdesk keeps trying with them.</source>
            <translation>Su organización establece la velocidad y el precio: pixdesk sigue intentándolo con ellos.</translation>
        </message>
        <message>
            <source>Where your data is processed is set by your organisation: pixdesk keeps trying there.</source>
            <translation>Su organización establece dónde se procesan sus datos: pixdesk sigue intentándolo allí.</translation>
        </message>
        <message>
            <source>The clipboard holds no image. Copy a screenshot first, then Paste.</source>
            <translation>El portapapeles no contiene ninguna imagen. Copie primero una captura de pantalla y luego péguela.</translation>
        </message>
        <message>
            <source>pixdesk does not open {scheme} links from answers.</source>
            <translation>pixdesk no abre enlaces {scheme} de las respuestas.</translation>
        </message>
        <message>
            <source>pixdesk does not open relative links from answers.</source>
            <translation>pixdesk no abre enlaces relativos de las respuestas.</translation>
        </message>
        <message>
            <source>Open link?</source>
            <translation>¿Abrir el enlace?</translation>
        </message>
        <message>
            <source>The answer links to:

{address}

Open it in your web browser?</source>
            <translation>La respuesta enlaza a:

{address}

¿Abrirlo en su navegador web?</translation>
        </message>
    </context>
    <context>
        <name>managed</name>
        <message>
            <source>Set by your organisation</source>
            <translation>Establecido por su organización</translation>
        </message>
        <message>
            <source>{region} is not allowed on this computer: your organisation allows only {places} ({codes}).</source>
            <translation>{region} no está permitido en este equipo: su organización solo permite {places} ({codes}).</translation>
        </message>
        <message>
            <source>{places} and {place}</source>
            <translation>{places} y {place}</translation>
        </message>
    </context>
    <context>
        <name>markdown_format</name>
        <message>
            <source>Cannot write to {path}: it is a file, not a folder.</source>
            <translation>No se puede escribir en {path}: es un archivo, no una carpeta.</translation>
        </message>
    </context>
    <context>
        <name>network</name>
        <message>
            <source>Enter the proxy's address, for example proxy.example.com:8080.</source>
            <translation>Escriba la dirección del proxy, por ejemplo proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>The proxy's port must be a number, as in proxy.example.com:8080.</source>
            <translation>El puerto del proxy debe ser un número, como en proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>This is not a proxy address; it looks like proxy.example.com:8080.</source>
            <translation>Esto no es una dirección de proxy; tiene este aspecto: proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>Add the proxy's port, as in proxy.example.com:8080.</source>
            <translation>Añada el puerto del proxy, como en proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>The proxy address in Settings is not one pixdesk can use.</source>
            <translation>pixdesk no puede usar la dirección del proxy de la configuración.</translation>
        </message>
        <message>
            <source>Correct it in Settings, under Network.</source>
            <translation>Corríjala en la configuración, en Red.</translation>
        </message>
    </context>
    <context>
        <name>page_view</name>
        <message>
            <source>Redacted: never sent</source>
            <translation>Tachado: nunca se envía</translation>
        </message>
        <message>
            <source>Asked about</source>
            <translation>Preguntado</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Página</translation>
        </message>
    </context>
    <context>
        <name>pickers</name>
        <message>
            <source>Data processed in</source>
            <translation>Datos procesados en</translation>
        </message>
        <message>
            <source>Speed and price</source>
            <translation>Velocidad y precio</translation>
        </message>
        <message>
            <source>Region: {region} · inference profile {profile}
Model: {model}</source>
            <translation>Región: {region} · perfil de inferencia {profile}
Modelo: {model}</translation>
        </message>
        <message>
            <source>Price: {question} per 1K tokens of question, {answer} per 1K tokens of answer (estimate).</source>
            <translation>Precio: {question} por cada 1000 tokens de pregunta, {answer} por cada 1000 tokens de respuesta (estimación).</translation>
        </message>
        <message>
            <source>Standard's price, for comparison: {question} per 1K tokens of question, {answer} per 1K tokens of answer (estimate).</source>
            <translation>Precio Estándar, para comparar: {question} por cada 1000 tokens de pregunta, {answer} por cada 1000 tokens de respuesta (estimación).</translation>
        </message>
    </context>
    <context>
        <name>prepare</name>
        <message>
            <source>whole page, for context</source>
            <translation>página completa, como contexto</translation>
        </message>
        <message>
            <source>{name} looks different each time pixdesk reads it, so it cannot be sure where the areas you marked fall.</source>
            <translation>{name} se ve distinto cada vez que pixdesk lo lee, así que no puede estar seguro de dónde caen las zonas que marcó.</translation>
        </message>
        <message>
            <source>Open and re-save the file (or take the screenshot again), then try again.</source>
            <translation>Abra y vuelva a guardar el archivo (o vuelva a hacer la captura de pantalla) e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The area to redact must have a width and a height.</source>
            <translation>La zona que tachar debe tener ancho y alto.</translation>
        </message>
        <message>
            <source>The area to crop must have a width and a height.</source>
            <translation>La zona que recortar debe tener ancho y alto.</translation>
        </message>
        <message>
            <source>The area to redact starts outside the image ({width}×{height} pixels).</source>
            <translation>La zona que tachar empieza fuera de la imagen ({width}×{height} píxeles).</translation>
        </message>
        <message>
            <source>The area to crop starts outside the image ({width}×{height} pixels).</source>
            <translation>La zona que recortar empieza fuera de la imagen ({width}×{height} píxeles).</translation>
        </message>
    </context>
    <context>
        <name>proxy_settings</name>
        <message>
            <source>Use this computer's settings</source>
            <translation>Usar la configuración de este equipo</translation>
        </message>
        <message>
            <source>What your IT team set up for every program; right for most people.</source>
            <translation>Lo que su equipo de TI configuró para todos los programas; lo adecuado para la mayoría.</translation>
        </message>
        <message>
            <source>Use this proxy</source>
            <translation>Usar este proxy</translation>
        </message>
        <message>
            <source>No proxy</source>
            <translation>Sin proxy</translation>
        </message>
        <message>
            <source>Connect directly, even where this computer is set to use a proxy.</source>
            <translation>Conectar directamente, aunque este equipo esté configurado para usar un proxy.</translation>
        </message>
        <message>
            <source>In use now: {what}</source>
            <translation>En uso ahora: {what}</translation>
        </message>
        <message>
            <source>Only if the proxy asks you to sign in</source>
            <translation>Solo si el proxy le pide iniciar sesión</translation>
        </message>
        <message>
            <source>Kept in your system's keychain, never in a file or in the log.</source>
            <translation>Se guarda en el llavero de su sistema, nunca en un archivo ni en el registro.</translation>
        </message>
        <message>
            <source>This computer offers no keychain: it is kept only until pixdesk quits, never in a file.</source>
            <translation>Este equipo no tiene llavero: solo se guarda hasta que se cierra pixdesk, nunca en un archivo.</translation>
        </message>
        <message>
            <source>Proxy password</source>
            <translation>Contraseña del proxy</translation>
        </message>
    </context>
    <context>
        <name>quota</name>
        <message>
            <source>This request needs about {tokens} tokens, more than the quota allows ({limit} a minute).</source>
            <translation>Esta solicitud necesita unos {tokens} tokens, más de lo que permite la cuota ({limit} por minuto).</translation>
        </message>
        <message>
            <source>Send fewer or smaller images, or lower the longest answer in Settings; if your account's quota was raised, enter it in Settings.</source>
            <translation>Envíe menos imágenes o más pequeñas, o reduzca la respuesta más larga en la configuración; si la cuota de su cuenta se ha ampliado, indíquela en la configuración.</translation>
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
            <translation>Pregunta sobre la zona seleccionada</translation>
        </message>
        <message>
            <source>Ask about this region…</source>
            <translation>Preguntar sobre esta zona…</translation>
        </message>
        <message>
            <source>Question about the region</source>
            <translation>Pregunta sobre la zona</translation>
        </message>
        <message>
            <source>Enter asks; Esc closes this box (the region stays selected)</source>
            <translation>Intro pregunta; Esc cierra este cuadro (la zona sigue seleccionada)</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Preguntar</translation>
        </message>
        <message>
            <source>Ask about the region</source>
            <translation>Preguntar sobre la zona</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <source>There is no conversation {number}.</source>
            <translation>No existe ninguna conversación {number}.</translation>
        </message>
        <message>
            <source>The report needs the document itself, and {path} cannot be read ({reason}).</source>
            <translation>El informe necesita el propio documento, y no se puede leer {path} ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>report_export</name>
        <message>
            <source>[image not shown: {description}]</source>
            <translation>[imagen no mostrada: {description}]</translation>
        </message>
        <message>
            <source>[image not shown]</source>
            <translation>[imagen no mostrada]</translation>
        </message>
        <message>
            <source>cannot write {path}</source>
            <translation>no se puede escribir {path}</translation>
        </message>
        <message>
            <source>{page} of {count}</source>
            <translation>{page} de {count}</translation>
        </message>
    </context>
    <context>
        <name>request</name>
        <message>
            <source>Temperature</source>
            <translation>Temperatura</translation>
        </message>
        <message>
            <source>Top P</source>
            <translation>Top P</translation>
        </message>
        <message>
            <source>Pixtral Large is not offered from the region “{region}”.</source>
            <translation>Pixtral Large no se ofrece desde la región «{region}».</translation>
        </message>
        <message>
            <source>Choose one of: {regions}.</source>
            <translation>Elija una de estas: {regions}.</translation>
        </message>
        <message>
            <source>“{tier}” is not a service tier.</source>
            <translation>«{tier}» no es un nivel de servicio.</translation>
        </message>
        <message>
            <source>Choose Standard, Priority or Flex.</source>
            <translation>Elija Standard, Priority o Flex.</translation>
        </message>
        <message>
            <source>The answer length must be between 1 and {limit} tokens, not {value}.</source>
            <translation>La longitud de la respuesta debe estar entre 1 y {limit} tokens, no {value}.</translation>
        </message>
        <message>
            <source>{setting} must be between {low} and {high}, not {value}.</source>
            <translation>{setting} debe estar entre {low} y {high}, no {value}.</translation>
        </message>
        <message>
            <source>Type a question first.</source>
            <translation>Escriba primero una pregunta.</translation>
        </message>
        <message>
            <source>The conversation is out of order (questions and answers must alternate).</source>
            <translation>La conversación está desordenada (preguntas y respuestas deben alternarse).</translation>
        </message>
        <message>
            <source>Start a new chat.</source>
            <translation>Empiece un chat nuevo.</translation>
        </message>
        <message>
            <source>Images can only be part of a question.</source>
            <translation>Las imágenes solo pueden formar parte de una pregunta.</translation>
        </message>
        <message>
            <source>The conversation contains an empty message.</source>
            <translation>La conversación contiene un mensaje vacío.</translation>
        </message>
        <message>
            <source>Pixtral Large reads at most {limit} images at a time; this question has {count}.</source>
            <translation>Pixtral Large lee como máximo {limit} imágenes a la vez; esta pregunta tiene {count}.</translation>
        </message>
        <message>
            <source>Remove some images or start a new chat.</source>
            <translation>Quite algunas imágenes o empiece un chat nuevo.</translation>
        </message>
        <message>
            <source>An image</source>
            <translation>Una imagen</translation>
        </message>
        <message>
            <source>{name} is in a format Bedrock does not accept ({format}).</source>
            <translation>{name} tiene un formato que Bedrock no acepta ({format}).</translation>
        </message>
        <message>
            <source>{name} is not really a {format} image.</source>
            <translation>{name} no es realmente una imagen {format}.</translation>
        </message>
        <message>
            <source>{name} is larger than the {megabytes} MB Bedrock accepts.</source>
            <translation>{name} ocupa más de los {megabytes} MB que acepta Bedrock.</translation>
        </message>
        <message>
            <source>{name} is larger than {pixels} pixels on a side.</source>
            <translation>{name} mide más de {pixels} píxeles en un lado.</translation>
        </message>
    </context>
    <context>
        <name>retention</name>
        <message>
            <source>Forever</source>
            <translation>Para siempre</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 año</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older conversation(s) deleted, as Settings ▸ Privacy asks.</source>
            <translation>
                <numerusform>%n conversación más antigua eliminada, como pide Configuración ▸ Privacidad.</numerusform>
                <numerusform>%n conversaciones más antiguas eliminadas, como pide Configuración ▸ Privacidad.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message>
            <source>A mark must start on the page.</source>
            <translation>Una marca debe empezar en la página.</translation>
        </message>
    </context>
    <context>
        <name>review_controller</name>
        <message>
            <source>Transcribe all the text on this page, including the fine print.</source>
            <translation>Transcribe todo el texto de esta página, incluida la letra pequeña.</translation>
        </message>
        <message numerus="yes">
            <source>Page {page} goes to Pixtral Large as %n overlapping tile(s), each at up to full resolution.</source>
            <translation>
                <numerusform>La página {page} se envía a Pixtral Large como %n mosaico superpuesto, cada uno hasta la resolución completa.</numerusform>
                <numerusform>La página {page} se envía a Pixtral Large como %n mosaicos superpuestos, cada uno hasta la resolución completa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Page {page} goes to Pixtral Large whole, plus %n close-up(s) of its small print, enlarged only as far as that text needs.</source>
            <translation>
                <numerusform>La página {page} se envía entera a Pixtral Large, más %n primer plano de su letra pequeña, ampliado solo lo que ese texto necesita.</numerusform>
                <numerusform>La página {page} se envía entera a Pixtral Large, más %n primeros planos de su letra pequeña, ampliados solo lo que ese texto necesita.</numerusform>
            </translation>
        </message>
        <message>
            <source>Page {page} goes to Pixtral Large as it is: all its text is large enough to read at that size.</source>
            <translation>La página {page} se envía tal cual a Pixtral Large: todo su texto es lo bastante grande para leerse a ese tamaño.</translation>
        </message>
        <message numerus="yes">
            <source>About {tokens} input tokens, including %n earlier image(s) that go along with the conversation (≈ {cost}, estimate), with the question:

“{question}”</source>
            <translation>
                <numerusform>Unos {tokens} tokens de entrada, incluida %n imagen anterior que acompaña a la conversación (≈ {cost}, estimación), con la pregunta:

«{question}»</numerusform>
                <numerusform>Unos {tokens} tokens de entrada, incluidas %n imágenes anteriores que acompañan a la conversación (≈ {cost}, estimación), con la pregunta:

«{question}»</numerusform>
            </translation>
        </message>
        <message>
            <source>About {tokens} input tokens (≈ {cost}, estimate), with the question:

“{question}”</source>
            <translation>Unos {tokens} tokens de entrada (≈ {cost}, estimación), con la pregunta:

«{question}»</translation>
        </message>
        <message>
            <source>Review a document</source>
            <translation>Revisar un documento</translation>
        </message>
        <message>
            <source>Scans and documents</source>
            <translation>Escaneos y documentos</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Todos los archivos</translation>
        </message>
        <message>
            <source>Wait for the answer being written (or stop it with Esc), then open the document.</source>
            <translation>Espere a que termine la respuesta en curso (o deténgala con Esc) y después abra el documento.</translation>
        </message>
        <message>
            <source>pixdesk could not open {path}: {reason}.</source>
            <translation>pixdesk no ha podido abrir {path}: {reason}.</translation>
        </message>
        <message>
            <source>{name} cannot be shown: it has been moved, changed or deleted. It was at {path}. Open it again with File ▸ Review a document…</source>
            <translation>No se puede mostrar {name}: se ha movido, modificado o eliminado. Estaba en {path}. Vuelva a abrirlo con Archivo ▸ Revisar un documento…</translation>
        </message>
        <message>
            <source>{name} cannot be shown: it has been moved, changed or deleted. Open it again with File ▸ Review a document…</source>
            <translation>No se puede mostrar {name}: se ha movido, modificado o eliminado. Vuelva a abrirlo con Archivo ▸ Revisar un documento…</translation>
        </message>
        <message>
            <source>Redacted: this area is blacked out in everything sent from this page, including images sent earlier when they go along again.</source>
            <translation>Tachado: esta zona aparece en negro en todo lo que se envíe de esta página, incluidas las imágenes enviadas antes cuando vuelvan a enviarse.</translation>
        </message>
        <message>
            <source>Remove the redaction?</source>
            <translation>¿Quitar el tachado?</translation>
        </message>
        <message>
            <source>What it covers will be sent again in questions about this page.</source>
            <translation>Lo que cubre volverá a enviarse en las preguntas sobre esta página.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>{name} — whole document</source>
            <translation>{name} — documento completo</translation>
        </message>
        <message>
            <source>{name} — selected region</source>
            <translation>{name} — zona seleccionada</translation>
        </message>
        <message>
            <source>{name} — page {page}</source>
            <translation>{name} — página {page}</translation>
        </message>
        <message>
            <source>Type your question in the box below first.</source>
            <translation>Escriba primero su pregunta en el cuadro de abajo.</translation>
        </message>
        <message>
            <source>Wait for the answer being written (or stop it with Esc) first.</source>
            <translation>Espere primero a que termine la respuesta en curso (o deténgala con Esc).</translation>
        </message>
        <message>
            <source>Read the fine print?</source>
            <translation>¿Leer la letra pequeña?</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Open a document for review and mark it or ask about it first; then its review report can be exported.</source>
            <translation>Abra primero un documento para revisarlo y márquelo o pregunte sobre él; después podrá exportar su informe de revisión.</translation>
        </message>
        <message>
            <source>Export review report</source>
            <translation>Exportar el informe de revisión</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>Documento PDF</translation>
        </message>
        <message>
            <source>Web page, images included</source>
            <translation>Página web, con las imágenes</translation>
        </message>
        <message>
            <source>Preparing the review report…</source>
            <translation>Preparando el informe de revisión…</translation>
        </message>
        <message>
            <source>The report could not be written to {path}: {reason}.</source>
            <translation>No se ha podido escribir el informe en {path}: {reason}.</translation>
        </message>
        <message>
            <source>Review report saved to {path}.</source>
            <translation>Informe de revisión guardado en {path}.</translation>
        </message>
    </context>
    <context>
        <name>review_dock</name>
        <message>
            <source>&amp;Review a document…</source>
            <translation>&amp;Revisar un documento…</translation>
        </message>
        <message>
            <source>Export review &amp;report…</source>
            <translation>Exportar el &amp;informe de revisión…</translation>
        </message>
        <message>
            <source>Ask about the &amp;whole document…</source>
            <translation>Preguntar sobre &amp;todo el documento…</translation>
        </message>
    </context>
    <context>
        <name>review_panel</name>
        <message>
            <source>Pan</source>
            <translation>Mover</translation>
        </message>
        <message>
            <source>Drag the page; the wheel zooms (Shift+wheel scrolls)</source>
            <translation>Arrastrar la página; la rueda amplía (Mayús+rueda desplaza)</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Zona</translation>
        </message>
        <message>
            <source>Draw the area to ask about</source>
            <translation>Dibujar la zona sobre la que preguntar</translation>
        </message>
        <message>
            <source>Redact</source>
            <translation>Tachar</translation>
        </message>
        <message>
            <source>Black out an area: it is never sent, in this or any later question</source>
            <translation>Tachar una zona: nunca se envía, ni en esta pregunta ni en las siguientes</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Draw a box with a note</source>
            <translation>Dibujar un recuadro con una nota</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Chincheta</translation>
        </message>
        <message>
            <source>Click to pin a note to a spot</source>
            <translation>Hacer clic para fijar una nota en un punto</translation>
        </message>
        <message>
            <source>Redaction</source>
            <translation>Tachado</translation>
        </message>
        <message>
            <source>Asked about</source>
            <translation>Preguntado</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Rojo</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Azul</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Verde</translation>
        </message>
        <message>
            <source>Orange</source>
            <translation>Naranja</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Morado</translation>
        </message>
        <message>
            <source>Document review</source>
            <translation>Revisión del documento</translation>
        </message>
        <message>
            <source>Page </source>
            <translation>Página </translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Página</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Página anterior</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Página anterior (Re Pág)</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Página siguiente</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Página siguiente (Av Pág)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <source>The whole page</source>
            <translation>La página completa</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>Tamaño real</translation>
        </message>
        <message>
            <source>One page pixel to one screen pixel</source>
            <translation>Un píxel de la página por píxel de pantalla</translation>
        </message>
        <message>
            <source>Report…</source>
            <translation>Informe…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>Export the review — pages with their marks, questions and answers — as PDF or a web page</source>
            <translation>Exportar la revisión —páginas con sus marcas, preguntas y respuestas— como PDF o página web</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the document</source>
            <translation>Cerrar el documento</translation>
        </message>
        <message>
            <source>Close the document (its marks are kept)</source>
            <translation>Cerrar el documento (se conservan sus marcas)</translation>
        </message>
        <message>
            <source>{tool} tool</source>
            <translation>Herramienta «{tool}»</translation>
        </message>
        <message>
            <source>Ask about this region</source>
            <translation>Preguntar sobre esta zona</translation>
        </message>
        <message>
            <source>Sends the area at full resolution, with your question from the box below</source>
            <translation>Envía la zona a resolución completa, con su pregunta del cuadro de abajo</translation>
        </message>
        <message>
            <source>with the whole page, small</source>
            <translation>con la página completa, en pequeño</translation>
        </message>
        <message>
            <source>So the model knows where on the page the area is (about 1,100 tokens more)</source>
            <translation>Para que el modelo sepa dónde está la zona en la página (unos 1100 tokens más)</translation>
        </message>
        <message>
            <source>Read the fine print…</source>
            <translation>Leer la letra pequeña…</translation>
        </message>
        <message>
            <source>Send the page once, plus close-ups of its smallest text, enlarged only as far as that text needs; the cost is shown before anything is sent</source>
            <translation>Enviar la página una vez, más primeros planos de su texto más pequeño, ampliados solo lo que ese texto necesita; el coste se muestra antes de enviar nada</translation>
        </message>
        <message>
            <source>Ask about the whole document…</source>
            <translation>Preguntar sobre todo el documento…</translation>
        </message>
        <message>
            <source>Your next question goes with every page; how many requests it takes and its cost are shown before anything is sent</source>
            <translation>Su próxima pregunta se envía con cada página; cuántas solicitudes necesita y su coste se muestran antes de enviar nada</translation>
        </message>
        <message>
            <source>What the model sees</source>
            <translation>Lo que ve el modelo</translation>
        </message>
        <message>
            <source>Exactly what would be sent: the region (or the page), redactions burned in</source>
            <translation>Exactamente lo que se enviaría: la zona (o la página), con los tachados aplicados</translation>
        </message>
        <message>
            <source>Marks on this document</source>
            <translation>Marcas de este documento</translation>
        </message>
        <message>
            <source>Note for the selected mark</source>
            <translation>Nota de la marca seleccionada</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete the selected mark</source>
            <translation>Eliminar la marca seleccionada</translation>
        </message>
        <message>
            <source> of {count}</source>
            <translation> de {count}</translation>
        </message>
        <message>
            <source>{kind} · page {page}</source>
            <translation>{kind} · página {page}</translation>
        </message>
        <message>
            <source>No document open</source>
            <translation>Ningún documento abierto</translation>
        </message>
        <message>
            <source>Page {page} of {count}</source>
            <translation>Página {page} de {count}</translation>
        </message>
        <message numerus="yes">
            <source>%n redaction(s)</source>
            <translation>
                <numerusform>%n tachado</numerusform>
                <numerusform>%n tachados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n area(s) asked about</source>
            <translation>
                <numerusform>%n zona preguntada</numerusform>
                <numerusform>%n zonas preguntadas</numerusform>
            </translation>
        </message>
        <message>
            <source>The page. Choose a tool, then draw with the mouse, or with the keyboard: arrow keys move the box, Shift+arrow keys size it, Enter draws it, Esc cancels.</source>
            <translation>La página. Elija una herramienta y dibuje con el ratón o con el teclado: las flechas mueven el recuadro, Mayús+flechas cambian su tamaño, Intro lo dibuja y Esc cancela.</translation>
        </message>
    </context>
    <context>
        <name>saved_redactions</name>
        <message numerus="yes">
            <source>%n saved redaction(s) applied to {name}</source>
            <translation>
                <numerusform>%n tachado guardado aplicado a {name}</numerusform>
                <numerusform>%n tachados guardados aplicados a {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n saved redaction(s) applied</source>
            <translation>
                <numerusform>%n tachado guardado aplicado</numerusform>
                <numerusform>%n tachados guardados aplicados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the file has %n page(s)</source>
            <translation>
                <numerusform>el archivo tiene %n página</numerusform>
                <numerusform>el archivo tiene %n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>a saved redaction of {name} on pages {pages} is ignored: {has}</source>
            <translation>se ignora un tachado guardado de {name} en las páginas {pages}: {has}</translation>
        </message>
        <message>
            <source>a saved redaction of {name} on page {pages} is ignored: {has}</source>
            <translation>se ignora un tachado guardado de {name} en la página {pages}: {has}</translation>
        </message>
        <message numerus="yes">
            <source>%n saved redaction(s) of {name} start off page {page} and were ignored</source>
            <translation>
                <numerusform>%n tachado guardado de {name} empieza fuera de la página {page} y se ha ignorado</numerusform>
                <numerusform>%n tachados guardados de {name} empiezan fuera de la página {page} y se han ignorado</numerusform>
            </translation>
        </message>
        <message>
            <source>pixdesk could not read the redactions saved in its history, so it cannot tell what must be blacked out.</source>
            <translation>pixdesk no ha podido leer los tachados guardados en su historial, así que no puede saber qué hay que tachar.</translation>
        </message>
        <message>
            <source>Try again; or, if you are sure nothing in these files was redacted, add --no-saved-redactions.</source>
            <translation>Inténtelo de nuevo; o, si está seguro de que no se tachó nada en estos archivos, añada --no-saved-redactions.</translation>
        </message>
    </context>
    <context>
        <name>sent_text</name>
        <message>
            <source>What was sent</source>
            <translation>Lo que se envió</translation>
        </message>
        <message>
            <source>The question exactly as pixdesk sent it to {model}, with the instructions it added for the model. The conversation shows it in short.</source>
            <translation>La pregunta exactamente como pixdesk la envió a {model}, con las instrucciones que añadió para el modelo. La conversación la muestra abreviada.</translation>
        </message>
        <message>
            <source>Question as sent</source>
            <translation>Pregunta tal como se envió</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the question as sent</source>
            <translation>Copiar la pregunta tal como se envió</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Company AWS sign-in</source>
            <translation>Inicio de sesión de AWS de la empresa</translation>
        </message>
        <message>
            <source>The sign-in your IT team set up on this computer. Leave it empty to use the one this computer already uses.</source>
            <translation>El inicio de sesión que su equipo de TI configuró en este equipo. Déjelo vacío para usar el que este equipo ya utiliza.</translation>
        </message>
        <message>
            <source>Company sign-in page</source>
            <translation>Página de inicio de sesión de la empresa</translation>
        </message>
        <message>
            <source>The web address where you sign in with your company account, if your IT team gave you one. Leave it empty if you do not sign in through a web page.</source>
            <translation>La dirección web donde inicia sesión con su cuenta de la empresa, si su equipo de TI le dio una. Déjela vacía si no inicia sesión a través de una página web.</translation>
        </message>
        <message>
            <source>Where your data is processed</source>
            <translation>Dónde se procesan sus datos</translation>
        </message>
        <message>
            <source>Your questions and images are processed in this part of the world: the United States or Europe.</source>
            <translation>Sus preguntas e imágenes se procesan en esta parte del mundo: Estados Unidos o Europa.</translation>
        </message>
        <message>
            <source>Speed and price</source>
            <translation>Velocidad y precio</translation>
        </message>
        <message>
            <source>Standard costs about ${input_price} per 1,000 tokens read and ${output_price} per 1,000 written (an estimate); Priority answers sooner when Bedrock is busy and costs more; Flex costs less but may wait.</source>
            <translation>Estándar cuesta unos {input_price} $ por cada 1000 tokens leídos y {output_price} $ por cada 1000 escritos (estimación); Prioritario responde antes cuando Bedrock está ocupado y cuesta más; Flex cuesta menos pero puede esperar.</translation>
        </message>
        <message>
            <source>Instructions for every answer</source>
            <translation>Instrucciones para cada respuesta</translation>
        </message>
        <message>
            <source>Pixtral Large follows these in every conversation, for example “Answer in French” or “Be brief”.</source>
            <translation>Pixtral Large las sigue en cada conversación, por ejemplo «Responde en francés» o «Sé breve».</translation>
        </message>
        <message>
            <source>Variety of answers</source>
            <translation>Variedad de las respuestas</translation>
        </message>
        <message>
            <source>0 gives the most predictable answers; 1 the most varied.</source>
            <translation>0 da las respuestas más previsibles; 1, las más variadas.</translation>
        </message>
        <message>
            <source>Longest answer (tokens)</source>
            <translation>Respuesta más larga (tokens)</translation>
        </message>
        <message>
            <source>Answers stop at this length; 1,000 tokens are about 750 words.</source>
            <translation>Las respuestas se detienen en esta longitud; 1000 tokens son unas 750 palabras.</translation>
        </message>
        <message>
            <source>Questions a minute</source>
            <translation>Preguntas por minuto</translation>
        </message>
        <message>
            <source>How many questions your AWS account may ask Pixtral Large each minute; pixdesk waits rather than go over. Change it only if your AWS admin raised the limit.</source>
            <translation>Cuántas preguntas puede hacer su cuenta de AWS a Pixtral Large cada minuto; pixdesk espera antes que superarlo. Cámbielo solo si su administrador de AWS aumentó el límite.</translation>
        </message>
        <message>
            <source>Tokens a minute</source>
            <translation>Tokens por minuto</translation>
        </message>
        <message>
            <source>How much text and images your account may send and receive each minute (a word is about 1.3 tokens, a full screenshot about 4,000).</source>
            <translation>Cuánto texto e imágenes puede enviar y recibir su cuenta cada minuto (una palabra son unos 1,3 tokens; una captura de pantalla completa, unos 4000).</translation>
        </message>
        <message>
            <source>Tokens a day</source>
            <translation>Tokens por día</translation>
        </message>
        <message>
            <source>The same, for a whole day.</source>
            <translation>Lo mismo, para un día entero.</translation>
        </message>
        <message>
            <source>Image detail sent</source>
            <translation>Detalle de las imágenes enviadas</translation>
        </message>
        <message>
            <source>Model resolution is what Pixtral Large sees ({side}×{side}): smaller and faster. Original sends every pixel, up to Bedrock's limits, and takes longer.</source>
            <translation>La resolución del modelo es lo que ve Pixtral Large ({side}×{side}): más pequeña y más rápida. Original envía cada píxel, hasta los límites de Bedrock, y tarda más.</translation>
        </message>
        <message>
            <source>Keep pixdesk in the tray when the window is closed</source>
            <translation>Mantener pixdesk en la bandeja del sistema al cerrar la ventana</translation>
        </message>
        <message>
            <source>Closing the window leaves pixdesk running, with its icon beside the clock: the capture shortcut and the icon's menu keep working. Choose Quit in that menu to end pixdesk.</source>
            <translation>Al cerrar la ventana, pixdesk sigue en marcha con su icono junto al reloj: el atajo de captura y el menú del icono siguen funcionando. Elija Salir en ese menú para cerrar pixdesk.</translation>
        </message>
        <message>
            <source>Capture shortcut</source>
            <translation>Atajo de captura</translation>
        </message>
        <message>
            <source>Press it in any program to capture part of the screen and ask about it. In the pixdesk window, {shortcut} works too. Clear it to turn it off.</source>
            <translation>Púlselo en cualquier programa para capturar parte de la pantalla y preguntar sobre ella. En la ventana de pixdesk también funciona {shortcut}. Bórrelo para desactivarlo.</translation>
        </message>
        <message>
            <source>Offer screenshots copied to the clipboard</source>
            <translation>Ofrecer las capturas de pantalla copiadas al portapapeles</translation>
        </message>
        <message>
            <source>When you copy a screenshot in another program, pixdesk quietly offers to attach it. Nothing is sent until you ask your question.</source>
            <translation>Cuando copia una captura de pantalla en otro programa, pixdesk ofrece discretamente adjuntarla. No se envía nada hasta que hace su pregunta.</translation>
        </message>
        <message>
            <source>Proxy server</source>
            <translation>Servidor proxy</translation>
        </message>
        <message>
            <source>Most computers at work are already set up: keep “Use this computer's settings” unless your IT team gives you a proxy address for pixdesk.</source>
            <translation>La mayoría de los equipos del trabajo ya están configurados: mantenga «Usar la configuración de este equipo» salvo que su equipo de TI le dé una dirección de proxy para pixdesk.</translation>
        </message>
        <message>
            <source>Proxy address</source>
            <translation>Dirección del proxy</translation>
        </message>
        <message>
            <source>The address your IT team gave you, for example proxy.example.com:8080.</source>
            <translation>La dirección que le dio su equipo de TI, por ejemplo proxy.example.com:8080.</translation>
        </message>
        <message>
            <source>Proxy user name</source>
            <translation>Nombre de usuario del proxy</translation>
        </message>
        <message>
            <source>Only if the proxy asks you to sign in; otherwise leave it empty.</source>
            <translation>Solo si el proxy le pide iniciar sesión; si no, déjelo vacío.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language of pixdesk's window. “Same as this computer” follows your system's language. A change shows the next time pixdesk starts.</source>
            <translation>El idioma de la ventana de pixdesk. «Igual que este equipo» sigue el idioma de su sistema. Un cambio se aplica la próxima vez que se inicie pixdesk.</translation>
        </message>
        <message>
            <source>Keep conversations for</source>
            <translation>Conservar las conversaciones durante</translation>
        </message>
        <message>
            <source>A conversation nothing was asked in for longer than this is deleted from this computer, with its images, when pixdesk starts and as soon as you save a shorter time.</source>
            <translation>Una conversación en la que no se ha preguntado nada durante más de este tiempo se elimina de este equipo, con sus imágenes, cuando pixdesk se inicia y en cuanto guarde un tiempo más corto.</translation>
        </message>
        <message>
            <source>Tell me when a new version of pixdesk is available</source>
            <translation>Avisarme cuando haya una nueva versión de pixdesk</translation>
        </message>
        <message>
            <source>Once a day pixdesk looks at its release page and tells you when there is a newer version. It never downloads or installs anything by itself.</source>
            <translation>Una vez al día, pixdesk consulta su página de versiones y le avisa cuando hay una más reciente. Nunca descarga ni instala nada por sí solo.</translation>
        </message>
    </context>
    <context>
        <name>settings_dialog</name>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Capture</source>
            <translation>Captura</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privacidad</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Cuota</translation>
        </message>
        <message>
            <source>Model resolution ({side}×{side}, what Pixtral sees)</source>
            <translation>Resolución del modelo ({side}×{side}, lo que ve Pixtral)</translation>
        </message>
        <message>
            <source>Original, up to Bedrock's limits</source>
            <translation>Original, hasta los límites de Bedrock</translation>
        </message>
        <message>
            <source>Same as this computer</source>
            <translation>Igual que este equipo</translation>
        </message>
        <message>
            <source>pixdesk signs in to Amazon Bedrock with your company's AWS sign-in, or with an API key your AWS admin gives you. Not sure which? Ask your IT team.</source>
            <translation>pixdesk inicia sesión en Amazon Bedrock con el inicio de sesión de AWS de su empresa o con una clave de API que le dé su administrador de AWS. ¿No sabe cuál? Pregunte a su equipo de TI.</translation>
        </message>
        <message>
            <source>Capture part of the screen and ask about it without switching to pixdesk first.</source>
            <translation>Capture parte de la pantalla y pregunte sobre ella sin cambiar antes a pixdesk.</translation>
        </message>
        <message>
            <source>How pixdesk reaches Amazon Bedrock from this computer. Change this only if pixdesk cannot connect at work and your IT team tells you what to choose.</source>
            <translation>Cómo llega pixdesk a Amazon Bedrock desde este equipo. Cámbielo solo si pixdesk no puede conectarse en el trabajo y su equipo de TI le indica qué elegir.</translation>
        </message>
        <message>
            <source>Your AWS account's limits for Pixtral Large. pixdesk paces its questions so it never goes over them. The numbers here are Bedrock's defaults; change them only if your AWS admin raised a limit.</source>
            <translation>Los límites de su cuenta de AWS para Pixtral Large. pixdesk espacia sus preguntas para no superarlos nunca. Estos valores son los predeterminados de Bedrock; cámbielos solo si su administrador de AWS aumentó un límite.</translation>
        </message>
        <message>
            <source>pixdesk settings</source>
            <translation>Configuración de pixdesk</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <translation>Secciones de la configuración</translation>
        </message>
        <message>
            <source>Your organisation allows only {places}.</source>
            <translation>Su organización solo permite {places}.</translation>
        </message>
        <message>
            <source>Sign in with your company's AWS access…</source>
            <translation>Iniciar sesión con el acceso de AWS de su empresa…</translation>
        </message>
        <message>
            <source>AWS IAM Identity Center (AWS SSO) sign-in.</source>
            <translation>Inicio de sesión con AWS IAM Identity Center (AWS SSO).</translation>
        </message>
        <message>
            <source>Set by your organisation</source>
            <translation>Establecido por su organización</translation>
        </message>
        <message>
            <source>Opens your company's sign-in page in your browser, then adds that sign-in to the list above.</source>
            <translation>Abre la página de inicio de sesión de su empresa en el navegador y luego añade ese inicio de sesión a la lista de arriba.</translation>
        </message>
        <message>
            <source>Only if you were given an API key</source>
            <translation>Solo si le han dado una clave de API</translation>
        </message>
        <message>
            <source>Kept in your system's keychain.</source>
            <translation>Se guarda en el llavero de su sistema.</translation>
        </message>
        <message>
            <source>This computer offers no keychain: the key is kept only until pixdesk quits, never in a file.</source>
            <translation>Este equipo no tiene llavero: la clave solo se guarda hasta que se cierra pixdesk, nunca en un archivo.</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <source>An Amazon Bedrock API key; when there is one, pixdesk uses it instead of the company sign-in. {where}</source>
            <translation>Una clave de API de Amazon Bedrock; si la hay, pixdesk la usa en lugar del inicio de sesión de la empresa. {where}</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Probar la conexión</translation>
        </message>
        <message>
            <source>Asks Pixtral Large one word with the choices on screen now.</source>
            <translation>Pide una palabra a Pixtral Large con las opciones que se ven ahora.</translation>
        </message>
        <message>
            <source>Connection not tested yet</source>
            <translation>Conexión aún no probada</translation>
        </message>
        <message>
            <source>Tries the choices on screen now, before you save them.</source>
            <translation>Prueba las opciones que se ven ahora, antes de guardarlas.</translation>
        </message>
        <message>
            <source>Your conversations, with their images and reviewed documents, are kept on this computer only, so that you can find them again in the history. Delete a conversation to remove it.</source>
            <translation>Sus conversaciones, con sus imágenes y documentos revisados, se guardan solo en este equipo para que pueda encontrarlas en el historial. Elimine una conversación para borrarla.</translation>
        </message>
        <message>
            <source>Conversations are not kept: nothing is saved on this computer after pixdesk closes.</source>
            <translation>Las conversaciones no se guardan: no queda nada en este equipo después de cerrar pixdesk.</translation>
        </message>
        <message>
            <source>What stays on this computer</source>
            <translation>Lo que queda en este equipo</translation>
        </message>
        <message>
            <source>What is sent</source>
            <translation>Lo que se envía</translation>
        </message>
        <message>
            <source>Your questions and the images you attach go to Amazon Bedrock in your AWS account, processed where you chose under Answers, and nowhere else.</source>
            <translation>Sus preguntas y las imágenes que adjunta van a Amazon Bedrock en su cuenta de AWS, se procesan donde eligió en Respuestas y en ningún otro sitio.</translation>
        </message>
        <message>
            <source>Your API key</source>
            <translation>Su clave de API</translation>
        </message>
        <message>
            <source>Kept in your system's keychain, never in a file or in the log.</source>
            <translation>Se guarda en el llavero de su sistema, nunca en un archivo ni en el registro.</translation>
        </message>
        <message>
            <source>Kept only until pixdesk quits (this computer offers no keychain), never in a file or in the log.</source>
            <translation>Se guarda solo hasta que se cierra pixdesk (este equipo no tiene llavero), nunca en un archivo ni en el registro.</translation>
        </message>
        <message>
            <source>The one this computer already uses</source>
            <translation>El que este equipo ya usa</translation>
        </message>
    </context>
    <context>
        <name>settings_flow</name>
        <message>
            <source>No keychain on this computer: the API key is kept only until pixdesk quits.</source>
            <translation>No hay llavero en este equipo: la clave de API solo se guarda hasta que se cierra pixdesk.</translation>
        </message>
        <message>
            <source>No keychain on this computer: the proxy password is kept only until pixdesk quits.</source>
            <translation>No hay llavero en este equipo: la contraseña del proxy solo se guarda hasta que se cierra pixdesk.</translation>
        </message>
        <message>
            <source>Asking Pixtral Large…</source>
            <translation>Preguntando a Pixtral Large…</translation>
        </message>
    </context>
    <context>
        <name>sign_in_status</name>
        <message>
            <source>Checking sign-in…</source>
            <translation>Comprobando el inicio de sesión…</translation>
        </message>
        <message>
            <source>Credentials</source>
            <translation>Inicio de sesión</translation>
        </message>
        <message>
            <source>Click to change how pixdesk signs in.</source>
            <translation>Haga clic para cambiar cómo inicia sesión pixdesk.</translation>
        </message>
        <message>
            <source>{problem} Your question is kept — connect, then press Retry.</source>
            <translation>{problem} Su pregunta se conserva: conéctese y pulse Reintentar.</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Volver a iniciar sesión</translation>
        </message>
    </context>
    <context>
        <name>small_print</name>
        <message>
            <source>Reading the small print of {name} takes {images} images, more than the {limit} Pixtral Large reads at a time, so it goes as it is. To read it, open it with File ▸ Review a document… and ask about the area that holds the small print.</source>
            <translation>Leer la letra pequeña de {name} requiere {images} imágenes, más de las {limit} que Pixtral Large lee a la vez, así que se envía tal cual. Para leerla, ábralo con Archivo ▸ Revisar un documento… y pregunte por la zona que contiene la letra pequeña.</translation>
        </message>
        <message numerus="yes">
            <source>%n other image(s)</source>
            <translation>
                <numerusform>%n imagen más</numerusform>
                <numerusform>%n imágenes más</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the small print of {name} takes {images} images; with the {others} here that is more than the {limit} Pixtral Large reads at a time. Remove some images, then choose Read it again.</source>
            <translation>Leer la letra pequeña de {name} requiere {images} imágenes; con {others} que ya hay, se superan las {limit} que Pixtral Large lee a la vez. Quite algunas imágenes y vuelva a elegir Leerla.</translation>
        </message>
    </context>
    <context>
        <name>small_print_notice</name>
        <message>
            <source>This page has small print (about {height} px high) that will be unreadable at this size</source>
            <translation>Esta página tiene letra pequeña (unos {height} px de alto) que será ilegible a este tamaño</translation>
        </message>
        <message>
            <source>As Pixtral Large sees the whole page, its smallest text is about {height} pixels high; under {legible} it is not reliably read. “Read the fine print…” sends the page with close-ups of that text (about {tokens} tokens more).</source>
            <translation>Tal como Pixtral Large ve la página entera, su texto más pequeño mide unos {height} píxeles de alto; por debajo de {legible} no se lee con fiabilidad. «Leer la letra pequeña…» envía la página con primeros planos de ese texto (unos {tokens} tokens más).</translation>
        </message>
    </context>
    <context>
        <name>sources</name>
        <message>
            <source>{name} is {width}×{height} pixels, too large to open safely.</source>
            <translation>{name} mide {width}×{height} píxeles, demasiado grande para abrirlo con seguridad.</translation>
        </message>
        <message>
            <source>Use a smaller image (at most about 64 megapixels).</source>
            <translation>Use una imagen más pequeña (unos 64 megapíxeles como máximo).</translation>
        </message>
        <message>
            <source>{name} has no page {page} (it has {count}).</source>
            <translation>{name} no tiene página {page} (tiene {count}).</translation>
        </message>
        <message>
            <source>{name} is animated; only its first frame is sent.</source>
            <translation>{name} está animado; solo se envía su primer fotograma.</translation>
        </message>
        <message>
            <source>{name} is damaged and cannot be read completely.</source>
            <translation>{name} está dañado y no se puede leer por completo.</translation>
        </message>
        <message>
            <source>Open and re-save it, or take the screenshot again.</source>
            <translation>Ábralo y vuelva a guardarlo, o vuelva a hacer la captura de pantalla.</translation>
        </message>
        <message>
            <source>{name} could not be turned upright reliably.</source>
            <translation>{name} no se ha podido enderezar de forma fiable.</translation>
        </message>
        <message>
            <source>{name} is a PDF with no pages.</source>
            <translation>{name} es un PDF sin páginas.</translation>
        </message>
        <message>
            <source>{name} has a page ({page}) that cannot be drawn.</source>
            <translation>{name} tiene una página ({page}) que no se puede dibujar.</translation>
        </message>
        <message>
            <source>The file {name} does not exist.</source>
            <translation>El archivo {name} no existe.</translation>
        </message>
        <message>
            <source>Check the path and try again.</source>
            <translation>Compruebe la ruta e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>{name} is a folder, not an image.</source>
            <translation>{name} es una carpeta, no una imagen.</translation>
        </message>
        <message>
            <source>pixdesk is not allowed to read {name}.</source>
            <translation>pixdesk no tiene permiso para leer {name}.</translation>
        </message>
        <message>
            <source>Check the file's permissions.</source>
            <translation>Compruebe los permisos del archivo.</translation>
        </message>
        <message>
            <source>{name} could not be read.</source>
            <translation>No se ha podido leer {name}.</translation>
        </message>
        <message>
            <source>{name} is {size} MB, larger than pixdesk opens ({limit} MB).</source>
            <translation>{name} ocupa {size} MB, más de lo que abre pixdesk ({limit} MB).</translation>
        </message>
        <message>
            <source>Use a smaller file.</source>
            <translation>Use un archivo más pequeño.</translation>
        </message>
        <message>
            <source>Use a smaller image.</source>
            <translation>Use una imagen más pequeña.</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} está vacío.</translation>
        </message>
        <message>
            <source>{name} is an SVG drawing, which pixdesk cannot send.</source>
            <translation>{name} es un dibujo SVG, que pixdesk no puede enviar.</translation>
        </message>
        <message>
            <source>Export it as PNG first, or take a screenshot of it.</source>
            <translation>Expórtelo antes como PNG, o haga una captura de pantalla de él.</translation>
        </message>
        <message>
            <source>{name} is not an image pixdesk can read.</source>
            <translation>{name} no es una imagen que pixdesk pueda leer.</translation>
        </message>
        <message>
            <source>pixdesk reads PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC and PDF files.</source>
            <translation>pixdesk lee archivos PNG, JPEG, GIF, WebP, BMP, TIFF, HEIC y PDF.</translation>
        </message>
        <message>
            <source>{name} looks like a {format} file but is damaged.</source>
            <translation>{name} parece un archivo {format}, pero está dañado.</translation>
        </message>
        <message>
            <source>{name} is a password-protected PDF.</source>
            <translation>{name} es un PDF protegido con contraseña.</translation>
        </message>
        <message>
            <source>Open it, remove the password (or print it to a new PDF), and try again.</source>
            <translation>Ábralo, quite la contraseña (o imprímalo en un PDF nuevo) e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>{name} is a damaged PDF that cannot be opened.</source>
            <translation>{name} es un PDF dañado que no se puede abrir.</translation>
        </message>
    </context>
    <context>
        <name>sso</name>
        <message>
            <source>Start the sign-in again.</source>
            <translation>Vuelva a empezar el inicio de sesión.</translation>
        </message>
        <message>
            <source>That does not look like a sign-in page address.</source>
            <translation>Eso no parece la dirección de una página de inicio de sesión.</translation>
        </message>
        <message>
            <source>Paste the address your IT team gave you; it starts with https:// (for example https://your-company.awsapps.com/start).</source>
            <translation>Pegue la dirección que le dio su equipo de TI; empieza por https:// (por ejemplo https://your-company.awsapps.com/start).</translation>
        </message>
        <message>
            <source>The sign-in in the browser took too long.</source>
            <translation>El inicio de sesión en el navegador ha tardado demasiado.</translation>
        </message>
        <message>
            <source>The sign-in was declined in the browser.</source>
            <translation>El inicio de sesión se rechazó en el navegador.</translation>
        </message>
        <message>
            <source>If you did not decline it, ask your IT team whether you may use AWS.</source>
            <translation>Si no lo rechazó usted, pregunte a su equipo de TI si puede usar AWS.</translation>
        </message>
        <message>
            <source>The sign-in code expired before it was used.</source>
            <translation>El código de inicio de sesión caducó antes de usarse.</translation>
        </message>
        <message>
            <source>pixdesk could not find that sign-in page.</source>
            <translation>pixdesk no ha encontrado esa página de inicio de sesión.</translation>
        </message>
        <message>
            <source>Check the address and the region with your IT team, then try again.</source>
            <translation>Compruebe la dirección y la región con su equipo de TI e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The sign-in is no longer valid.</source>
            <translation>El inicio de sesión ya no es válido.</translation>
        </message>
        <message>
            <source>AWS sign-in is busy.</source>
            <translation>El inicio de sesión de AWS está saturado.</translation>
        </message>
        <message>
            <source>Wait a minute, then try again.</source>
            <translation>Espere un minuto e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>AWS sign-in did not work this time.</source>
            <translation>El inicio de sesión de AWS no ha funcionado esta vez.</translation>
        </message>
        <message>
            <source>Try again in a moment.</source>
            <translation>Inténtelo de nuevo en un momento.</translation>
        </message>
        <message>
            <source>AWS sign-in</source>
            <translation>el inicio de sesión de AWS</translation>
        </message>
        <message>
            <source>pixdesk could not reach AWS sign-in.</source>
            <translation>pixdesk no ha podido llegar al inicio de sesión de AWS.</translation>
        </message>
        <message>
            <source>Check the internet connection and the region your IT team gave you, then try again.</source>
            <translation>Compruebe la conexión a Internet y la región que le dio su equipo de TI e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>“{region}” is not an AWS region.</source>
            <translation>«{region}» no es una región de AWS.</translation>
        </message>
        <message>
            <source>Choose a region.</source>
            <translation>Elija una región.</translation>
        </message>
    </context>
    <context>
        <name>sso_sign_in</name>
        <message>
            <source>Signed in with your company's AWS access.</source>
            <translation>Sesión iniciada con el acceso de AWS de su empresa.</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>Volver a iniciar sesión</translation>
        </message>
        <message>
            <source>Sign in with your company's AWS access</source>
            <translation>Iniciar sesión con el acceso de AWS de su empresa</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Your IT team gives you the address of your company's AWS sign-in page and its region. pixdesk opens that page in your browser; you sign in there as you usually do.</source>
            <translation>Su equipo de TI le da la dirección de la página de inicio de sesión de AWS de su empresa y su región. pixdesk abre esa página en su navegador; allí inicia sesión como de costumbre.</translation>
        </message>
        <message>
            <source>The AWS access portal URL (IAM Identity Center start URL, sso_start_url).</source>
            <translation>La URL del portal de acceso de AWS (URL de inicio de IAM Identity Center, sso_start_url).</translation>
        </message>
        <message>
            <source>Sign-in page address</source>
            <translation>Dirección de la página de inicio de sesión</translation>
        </message>
        <message>
            <source>The IAM Identity Center region (sso_region). It may differ from where Bedrock runs.</source>
            <translation>La región de IAM Identity Center (sso_region). Puede ser distinta de donde se ejecuta Bedrock.</translation>
        </message>
        <message>
            <source>Sign-in region</source>
            <translation>Región de inicio de sesión</translation>
        </message>
        <message>
            <source>The region your IT team named with the address.</source>
            <translation>La región que su equipo de TI indicó junto con la dirección.</translation>
        </message>
        <message>
            <source>Finish signing in in your browser</source>
            <translation>Termine de iniciar sesión en su navegador</translation>
        </message>
        <message>
            <source>Copy code</source>
            <translation>Copiar el código</translation>
        </message>
        <message>
            <source>Waiting for the sign-in</source>
            <translation>Esperando el inicio de sesión</translation>
        </message>
        <message>
            <source>Open the sign-in page again</source>
            <translation>Abrir de nuevo la página de inicio de sesión</translation>
        </message>
        <message>
            <source>Use a code instead</source>
            <translation>Usar un código en su lugar</translation>
        </message>
        <message>
            <source>For when the browser is on another device (the OAuth device authorization grant).</source>
            <translation>Para cuando el navegador está en otro dispositivo (OAuth device authorization grant).</translation>
        </message>
        <message>
            <source>Choose the AWS account and role</source>
            <translation>Elija la cuenta de AWS y el rol</translation>
        </message>
        <message>
            <source>You are signed in. Choose what pixdesk works as; your IT team can tell you which.</source>
            <translation>Ha iniciado sesión. Elija con qué identidad trabaja pixdesk; su equipo de TI puede decirle cuál.</translation>
        </message>
        <message>
            <source>AWS accounts and roles</source>
            <translation>Cuentas y roles de AWS</translation>
        </message>
        <message>
            <source>AWS account and IAM Identity Center permission set (sso_account_id, sso_role_name).</source>
            <translation>Cuenta de AWS y conjunto de permisos de IAM Identity Center (sso_account_id, sso_role_name).</translation>
        </message>
        <message>
            <source>pixdesk saves this sign-in in your AWS settings, so the AWS command line tools can use it too.</source>
            <translation>pixdesk guarda este inicio de sesión en su configuración de AWS, para que las herramientas de línea de comandos de AWS también puedan usarlo.</translation>
        </message>
        <message>
            <source>Continue in browser</source>
            <translation>Continuar en el navegador</translation>
        </message>
        <message>
            <source>Use this account</source>
            <translation>Usar esta cuenta</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Contacting your sign-in page…</source>
            <translation>Contactando con su página de inicio de sesión…</translation>
        </message>
        <message>
            <source>Finding your AWS accounts…</source>
            <translation>Buscando sus cuentas de AWS…</translation>
        </message>
        <message>
            <source>On this computer or any other device, open this address and enter the code below. pixdesk carries on by itself once you have signed in.</source>
            <translation>En este equipo o en cualquier otro dispositivo, abra esta dirección e introduzca el código de abajo. pixdesk continúa por sí solo cuando haya iniciado sesión.</translation>
        </message>
        <message>
            <source>Waiting for you to enter the code…</source>
            <translation>Esperando a que introduzca el código…</translation>
        </message>
        <message>
            <source>pixdesk opened your company's sign-in page in your browser. Sign in there, then allow pixdesk; this window carries on by itself.</source>
            <translation>pixdesk abrió la página de inicio de sesión de su empresa en su navegador. Inicie sesión allí y autorice a pixdesk; esta ventana continúa por sí sola.</translation>
        </message>
        <message>
            <source>Waiting for you to sign in in the browser…</source>
            <translation>Esperando a que inicie sesión en el navegador…</translation>
        </message>
        <message>
            <source>Sign-in code {code}</source>
            <translation>Código de inicio de sesión {code}</translation>
        </message>
        <message>
            <source>Your sign-in may not use any AWS account yet. Ask your IT team.</source>
            <translation>Su inicio de sesión aún no puede usar ninguna cuenta de AWS. Pregunte a su equipo de TI.</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>Choose the region of your sign-in.</source>
            <translation>Elija la región de su inicio de sesión.</translation>
        </message>
        <message>
            <source>The sign-in “{name}” is no longer in the AWS config file.</source>
            <translation>El inicio de sesión «{name}» ya no está en el archivo de configuración de AWS.</translation>
        </message>
        <message>
            <source>Set up the sign-in again from Settings.</source>
            <translation>Vuelva a configurar el inicio de sesión desde la configuración.</translation>
        </message>
    </context>
    <context>
        <name>toast</name>
        <message>
            <source>Confirmation</source>
            <translation>Confirmación</translation>
        </message>
    </context>
    <context>
        <name>tray</name>
        <message>
            <source>Keep pixdesk running in the tray?</source>
            <translation>¿Mantener pixdesk en marcha en la bandeja del sistema?</translation>
        </message>
        <message>
            <source>Your desktop shows no tray icons beside the clock, so closing the window quits pixdesk. The capture shortcut works while the window is open.</source>
            <translation>Su escritorio no muestra iconos junto al reloj, así que cerrar la ventana cierra pixdesk. El atajo de captura funciona mientras la ventana está abierta.</translation>
        </message>
        <message>
            <source>Capture region</source>
            <translation>Capturar una región</translation>
        </message>
        <message>
            <source>Capture window</source>
            <translation>Capturar una ventana</translation>
        </message>
        <message>
            <source>Show pixdesk</source>
            <translation>Mostrar pixdesk</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Its icon stays beside the clock, so you can capture the screen from its menu or with the capture shortcut while the window is closed. Choose Quit in that menu to end pixdesk. You can change this later in Settings, under Capture.</source>
            <translation>Su icono se queda junto al reloj, así que puede capturar la pantalla desde su menú o con el atajo de captura mientras la ventana está cerrada. Elija Salir en ese menú para cerrar pixdesk. Puede cambiarlo más tarde en Configuración, en Captura.</translation>
        </message>
        <message>
            <source>Keep running in the tray</source>
            <translation>Seguir en la bandeja del sistema</translation>
        </message>
        <message>
            <source>Quit pixdesk</source>
            <translation>Salir de pixdesk</translation>
        </message>
        <message>
            <source>pixdesk is still running</source>
            <translation>pixdesk sigue en marcha</translation>
        </message>
        <message>
            <source>Click its icon to open it again; Quit is in its menu.</source>
            <translation>Haga clic en su icono para abrirlo de nuevo; Salir está en su menú.</translation>
        </message>
    </context>
    <context>
        <name>update_notice</name>
        <message>
            <source>Check for &amp;updates…</source>
            <translation>Buscar &amp;actualizaciones…</translation>
        </message>
        <message>
            <source>Ask pixdesk's release page whether there is a newer version</source>
            <translation>Consultar en la página de versiones de pixdesk si hay una versión más reciente</translation>
        </message>
        <message>
            <source>pixdesk {version} is available.</source>
            <translation>pixdesk {version} está disponible.</translation>
        </message>
        <message>
            <source>What's new</source>
            <translation>Novedades</translation>
        </message>
        <message>
            <source>Looking for a new version of pixdesk…</source>
            <translation>Buscando una nueva versión de pixdesk…</translation>
        </message>
    </context>
    <context>
        <name>updates</name>
        <message>
            <source>pixdesk could not read what its release page says about new versions. Try again later.</source>
            <translation>pixdesk no ha podido leer lo que dice su página de versiones sobre las nuevas versiones. Inténtelo de nuevo más tarde.</translation>
        </message>
        <message>
            <source>You have the latest version of pixdesk ({version}).</source>
            <translation>Tiene la última versión de pixdesk ({version}).</translation>
        </message>
        <message>
            <source>pixdesk {version} is available (you have {current}).</source>
            <translation>pixdesk {version} está disponible (usted tiene {current}).</translation>
        </message>
        <message>
            <source>You have pixdesk {current}, newer than the latest release ({version}).</source>
            <translation>Tiene pixdesk {current}, más reciente que la última versión publicada ({version}).</translation>
        </message>
        <message>
            <source>pixdesk could not reach its release page. Check your internet connection, then try again later.</source>
            <translation>pixdesk no ha podido acceder a su página de versiones. Compruebe su conexión a Internet e inténtelo de nuevo más tarde.</translation>
        </message>
    </context>
    <context>
        <name>welcome</name>
        <message>
            <source>Your company's AWS sign-in</source>
            <translation>El inicio de sesión de AWS de su empresa</translation>
        </message>
        <message>
            <source>If your company uses AWS, sign in with your company's AWS access in your browser, or choose a sign-in your IT team set up on this computer.</source>
            <translation>Si su empresa usa AWS, inicie sesión en el navegador con el acceso de AWS de su empresa o elija un inicio de sesión que su equipo de TI configuró en este equipo.</translation>
        </message>
        <message>
            <source>Choose a sign-in…</source>
            <translation>Elegir un inicio de sesión…</translation>
        </message>
        <message>
            <source>An API key</source>
            <translation>Una clave de API</translation>
        </message>
        <message>
            <source>Ask your AWS admin for an Amazon Bedrock API key and paste it in Settings. pixdesk keeps it in your system's keychain.</source>
            <translation>Pida a su administrador de AWS una clave de API de Amazon Bedrock y péguela en la configuración. pixdesk la guarda en el llavero de su sistema.</translation>
        </message>
        <message>
            <source>Enter an API key…</source>
            <translation>Introducir una clave de API…</translation>
        </message>
        <message>
            <source>Set up by your IT team</source>
            <translation>Configurado por su equipo de TI</translation>
        </message>
        <message>
            <source>On a computer your IT team manages, pixdesk may find a sign-in by itself. Ask IT if you are unsure, then press Check again.</source>
            <translation>En un equipo que gestiona su equipo de TI, pixdesk puede encontrar un inicio de sesión por sí solo. Si tiene dudas, pregunte a TI y pulse Comprobar de nuevo.</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Comprobar de nuevo</translation>
        </message>
        <message>
            <source>Connect to Amazon Bedrock</source>
            <translation>Conectar con Amazon Bedrock</translation>
        </message>
        <message>
            <source>Connect pixdesk to Amazon Bedrock</source>
            <translation>Conectar pixdesk con Amazon Bedrock</translation>
        </message>
        <message>
            <source>pixdesk asks Mistral's Pixtral Large through your company's own AWS account. Choose one of these ways to connect:</source>
            <translation>pixdesk pregunta a Pixtral Large de Mistral a través de la propia cuenta de AWS de su empresa. Elija una de estas formas de conectarse:</translation>
        </message>
        <message>
            <source>Sign in with your company's AWS access…</source>
            <translation>Iniciar sesión con el acceso de AWS de su empresa…</translation>
        </message>
        <message>
            <source>AWS IAM Identity Center (AWS SSO) sign-in.</source>
            <translation>Inicio de sesión con AWS IAM Identity Center (AWS SSO).</translation>
        </message>
        <message>
            <source>Tell me when a new version of pixdesk is available</source>
            <translation>Avisarme cuando haya una nueva versión de pixdesk</translation>
        </message>
        <message>
            <source>pixdesk looks at its release page at most once a day; it never installs anything.</source>
            <translation>pixdesk consulta su página de versiones como mucho una vez al día; nunca instala nada.</translation>
        </message>
        <message>
            <source>Set by your organisation</source>
            <translation>Establecido por su organización</translation>
        </message>
    </context>
    <context>
        <name>window_toolbar</name>
        <message>
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <source>Start a new conversation (Ctrl+N)</source>
            <translation>Empezar una conversación nueva (Ctrl+N)</translation>
        </message>
        <message>
            <source>Settings: sign-in, answers, privacy, quota (Ctrl+,)</source>
            <translation>Configuración: inicio de sesión, respuestas, privacidad, cuota (Ctrl+,)</translation>
        </message>
    </context>
</TS>
