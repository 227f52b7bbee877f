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
            <source>Sign in with your company's AWS access…</source>
            <translation>Iniciar sesión con el acceso de AWS de su empresa…</translation>
        </message>
        <message>
            <source>AWS IAM Identity Center (AWS SSO) sign-in.</source>
            <translation>Inicio de sesión con AWS IAM Identity Center (AWS SSO).</translation>
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
