# Catalogo dei messaggi di pdz in italiano (lingua predefinita).
# Ogni chiave deve esistere anche in en.ftl (un test lo verifica).

## Gravità
severity-error = errore
severity-warning = avviso
severity-info = info
severity-help = aiuto

## Tipi di valore
kind-text = testo
kind-integer = numero intero
kind-number = numero
kind-bool = vero/falso
kind-list = lista
kind-mapping = mappatura (chiave: valore)
kind-nothing = nessun valore

## Tipi di elemento del piano
kind-area = area
kind-comune = comune
kind-holder = membro o comune
kind-fund = fondo
kind-intervention = intervento
kind-leps = LEPS
kind-need = bisogno
kind-programme = programma

## Etichette
label-first-here = prima definizione
label-period-here = periodo del piano

## Aiuti ricorrenti
help-did-you-mean = forse intendevi `{ $suggestion }`?
help-expected-one-of = valori ammessi: { $expected }
help-write = scrivi `{ $fix }`
help-amount-form = scrivi l'importo in euro con al più due decimali e il punto decimale, es. `80000` o `80000.50`
help-quote-text = metti il testo tra virgolette
help-true-false = scrivi `true` oppure `false`
help-integer = scrivi un numero intero senza separatori, es. `19577`

## File e YAML
file-unreadable = impossibile leggere il file: { $error }
file-dir-unreadable = impossibile leggere la cartella: { $error }
file-link-outside = collegamento simbolico verso un percorso fuori dal piano: non letto
file-none-readable = nessun file del piano è leggibile
file-not-regular = non è un file regolare (pipe, socket o dispositivo): non letto
file-link-broken = collegamento simbolico interrotto o circolare: non letto
file-nearly-plan = il nome sembra quello di un file del piano, ma non finisce in `.yaml` o `.yml`: non letto (se fa parte del piano, rinominalo)
yaml-syntax = YAML non valido: { $detail }
yaml-syntax-help = controlla l'indentazione (solo spazi, allineata), le virgolette e le parentesi `[ ]` e `{"{"} {"}"}`
yaml-colon-in-flow = un `:` dentro una lista `[ ]` o una mappa `{"{"} {"}"}` tra parentesi: forse una parentesi aperta prima non è stata chiusa
yaml-colon-in-flow-help = chiudi la `[` o la `{"{"}` aperta prima di questa riga, o scrivi il valore tra virgolette
yaml-colon = un `:` dove non è atteso: un testo che contiene `: ` va tra virgolette
yaml-colon-help = scrivi il valore tra virgolette, es. `title: "Piano: 2025-2027"`, o controlla l'indentazione della riga
yaml-dash = un elemento di lista `-` dove non è atteso
yaml-dash-help = allinea il `-` agli altri elementi della stessa lista, sotto la chiave che la contiene
yaml-expected-key = una riga che non è né una chiave (`chiave: valore`) né un elemento di lista
yaml-expected-key-help = controlla l'indentazione: ogni riga di una sezione inizia alla stessa colonna delle altre
yaml-open-list = una lista tra `[ ]` non chiusa, o senza `,` tra gli elementi
yaml-open-list-help = chiudi la lista con `]` e separa gli elementi con `,`
yaml-open-mapping = una mappa tra `{"{"} {"}"}` non chiusa, o senza `,` tra le voci
yaml-open-mapping-help = chiudi la mappa con `{"}"}` e separa le voci con `,`; un importo all'italiana `1.000,00` va scritto `1000.00`
yaml-bad-start = un carattere che non può iniziare un valore (`@`, `` ` ``, `%`…)
yaml-bad-start-help = scrivi il valore tra virgolette
yaml-open-quote = virgolette non chiuse
yaml-open-quote-help = chiudi il testo con le stesse virgolette con cui si apre (`"…"` o `'…'`); dentro `'…'` un apostrofo si scrive `''`
yaml-no-value = manca un valore dove è atteso
yaml-no-value-help = scrivi il valore dopo `:` o dopo `-`, o togli la riga
yaml-expected-dash = in una lista ogni elemento inizia con `-`
yaml-expected-dash-help = aggiungi `- ` all'inizio dell'elemento, allineato agli altri
yaml-unknown-anchor = alias `*…` senza un'ancora `&…` definita prima
yaml-unknown-anchor-help = definisci l'ancora `&nome` prima di usare `*nome`, o scrivi il valore per intero
yaml-tab-in-value = tabulazione dentro un valore
yaml-indentation = indentazione non valida
yaml-indentation-help = indenta solo con spazi, allineando le righe dello stesso livello
yaml-tabs = tabulazione usata per l'indentazione
yaml-tabs-help = in YAML si indenta solo con spazi: sostituisci la tabulazione con due spazi
yaml-multiple-documents = il file contiene più documenti YAML (`---`)
yaml-multiple-documents-help = un file di piano contiene un solo documento: dividilo in più file
yaml-not-utf8 = il file non è codificato in UTF-8
yaml-not-utf8-help = salva il file con codifica UTF-8 (nel foglio di calcolo o nell'editor: "UTF-8")

## Limiti
limit-file-size = file troppo grande ({ $bytes } byte; massimo { $limit })
limit-plan-size = piano troppo grande: i file insieme superano { $limit } byte
limit-files = troppi file nel piano (massimo { $limit })
limit-population = popolazione non plausibile per un comune ({ $population } residenti; massimo { $limit })
limit-population-help = scrivi i residenti del comune al 1° gennaio (ISTAT), senza separatori: `8000`
limit-folder-depth = cartella troppo profonda nel piano (massimo { $limit } livelli sotto la cartella del piano): non letta
file-root-outside = la cartella del piano è un collegamento simbolico fuori dalla cartella in cui si trova: non letta
limit-depth = annidamento troppo profondo (massimo { $limit } livelli)
limit-nodes = troppi valori per la dimensione del file (alias espansi troppe volte?)
limit-nodes-help = un piano non ha bisogno di alias YAML ripetuti: scrivi i valori per esteso
limit-string = testo troppo lungo ({ $bytes } byte; massimo { $limit })
limit-period = periodo del piano troppo lungo ({ $years } anni; massimo { $limit })
limit-comuni = troppi comuni nell'ambito (massimo { $limit }): questo è il primo oltre il limite
limit-allocations = troppe assegnazioni di fondi (massimo { $limit }): questa è la prima oltre il limite

## Formato (schema)
schema-unknown-field = campo sconosciuto `{ $field }`
schema-duplicate-key = chiave `{ $key }` ripetuta
schema-invalid-type = tipo di valore errato: atteso { $expected }, trovato { $found }
schema-missing-field = manca il campo obbligatorio `{ $field }`
schema-unknown-word = valore non ammesso: `{ $word }`
schema-other = valore non valido: { $detail }
schema-id-not-slug = `{ $text }` non è un identificativo valido: usa solo lettere minuscole, cifre, `.`, `_` e `-`
schema-year = `{ $text }` non è un anno: scrivi quattro cifre, es. `2022`
schema-date = `{ $text }` non è una data valida: scrivi AAAA-MM-GG, es. `2024-12-31`
schema-number = `{ $text }` non è un numero valido: cifre con al più due decimali, es. `12.5`
schema-percent = `{ $text }` non è una percentuale tra 0 e 100
schema-no-version = nessun file del piano dichiara la versione del formato
schema-no-version-help = aggiungi `pdz: 1` in cima a uno dei file (di solito plan.yaml)
schema-version = versione del formato { $found } non supportata: questo pdz legge la versione { $supported }
schema-no-section = manca la sezione `{ $section }`
schema-section-twice = la sezione `{ $section }` è definita più di una volta
schema-no-comuni = l'ambito deve avere almeno un comune
schema-period-order = periodo invertito: l'anno iniziale { $from } viene dopo quello finale { $to }
schema-comuni-word = `{ $word }` non è un valore valido per `comuni`
schema-comuni-word-help = scrivi `all` oppure un elenco di id di comuni, es. `[casarano, matino]`
schema-leps-reason = il LEPS nazionale `{ $leps }` è reso non obbligatorio senza motivo
schema-leps-reason-help = aggiungi `reason:` con la motivazione (es. l'atto regionale che lo prevede)
schema-unknown-check = controllo sconosciuto `{ $code }`
schema-check-fixed = il livello del controllo `{ $code }` non si può cambiare: un piano illeggibile non si può verificare

## Importi
amount-not-a-number = `{ $text }` non è un importo
amount-negative = importo negativo `{ $text }`: gli importi del piano non sono mai negativi
amount-decimals = importo `{ $text }` con più di due decimali
amount-ambiguous = importo `{ $text }` ambiguo: il punto può separare le migliaia ({ $thousands }) o i decimali ({ $decimal })
help-amount-ambiguous = scrivi `{ $thousands }` se il punto separa le migliaia, `{ $decimal }` se separa i decimali: nel file si usa il punto solo per i decimali
amount-exponent = importo `{ $text }` in notazione esponenziale
amount-not-finite = `{ $text }` non è un importo finito
amount-overflow = importo `{ $text }` troppo grande
amount-italian = importo `{ $text }` scritto all'italiana: nel file si usa il punto decimale e nessun separatore delle migliaia
amount-separators = importo `{ $text }` con separatori o simbolo di valuta

## Riferimenti e identificativi
duplicate-id = { $kind } `{ $id }` definito due volte
unknown-reference = { $kind } `{ $id }` inesistente
year-outside-period = anno { $year } fuori dal periodo del piano ({ $from }-{ $to })

## Fondi
fund-overallocated = { $fund }: programmati { $programmed } su { $available } disponibili (+ { $excess })
fund-overallocated-year = { $fund }, anno { $year }: programmati { $programmed } su { $available } previsti per l'anno (+ { $excess })
fund-overallocated-help = riduci le righe di bilancio su questa assegnazione o spostale su un'altra; le più grandi sono indicate sopra
label-line = { $amount } per `{ $intervention }`
fund-underallocated = { $fund }: { $remaining } non programmati su { $available } disponibili
fund-underallocated-help = programma la somma residua su un intervento, o correggi l'importo disponibile
fund-deadline = { $fund }: spesa nel { $year } oltre il termine di spesa del { $deadline }
fund-deadline-help = le spese su questa assegnazione sono ammissibili fino al { $deadline } ({ $source }): spostala su un anno precedente o su un'altra assegnazione
label-deadline-here = termine di spesa
fund-earmark-help-region = mancano { $missing } a interventi con queste fasce di utenza ({ $source }); la quota vincola il riparto regionale nel suo insieme: se la Regione la rispetta con altri ambiti, o ne fissa una diversa, scrivila in `programmes`
fund-before-annualita = { $fund }: { $amount } programmati nel { $year }, prima dell'annualità { $annualita } dell'assegnazione
fund-before-annualita-help = le risorse dell'annualità { $annualita } non esistono prima del { $annualita }: sposta la riga a un anno dal { $annualita } in poi, o usa un'assegnazione di un'annualità precedente
label-annualita-here = annualità dell'assegnazione
fund-scope = { $fund }: l'intervento `{ $intervention }` non ha né fasce di utenza né LEPS che il fondo può finanziare
fund-scope-help = il fondo finanzia interventi per le fasce di utenza { $targets } o che garantiscono i LEPS { $leps } ({ $source }): aggiungi la fascia o il LEPS che l'intervento serve davvero, o finanzialo con un altro fondo
fund-earmark = { $fund }: { $earmarked } ({ $share }) a interventi per { $targets }; la quota minima è { $min }
fund-earmark-help = mancano { $missing } a interventi con queste fasce di utenza ({ $source })
pnrr-cap = { $fund }: { $amount } oltre l'importo massimo per progetto di { $cap } (+ { $excess })
pnrr-cap-help = l'importo di un progetto non può superare quello dell'avviso ({ $source })
pnrr-missing-cup = intervento `{ $intervention }` finanziato con { $fund } senza codice CUP
pnrr-missing-cup-help = aggiungi `cup:` con il Codice Unico di Progetto (15 caratteri, lettere maiuscole e cifre)
pnrr-invalid-cup = codice CUP `{ $cup }` non valido

## LEPS, personale, copertura
leps-not-covered = LEPS `{ $leps }` ({ $name }) senza interventi finanziati nel { $years }
leps-not-covered-help = indica il LEPS in `leps:` di un intervento finanziato in quegli anni; se non è dovuto, dichiaralo in `leps` con `required: false` e `reason`
staffing-no-staff = il piano non ha la sezione `staff`: il rapporto tra assistenti sociali e residenti non è verificabile
staffing-no-staff-help = aggiungi `staff:` con gli assistenti sociali (`role: assistente-sociale`, `fte`, `contract: permanent`)
staffing-one-every = 1 ogni { $residents } residenti
staffing-none = nessuno
staffing-ratio = assistenti sociali: { $fte } a tempo indeterminato ({ $ratio }), { $all } con ogni contratto ({ $all_ratio }), per { $population } residenti; il LEP di 1 ogni 5.000 ne richiede { $lep }, l'obiettivo di 1 ogni 4.000 { $objective }
staffing-reading-all-met = contando solo il tempo indeterminato (base del contributo, c. 797) il LEP non è raggiunto; contando tutti gli assistenti sociali impiegati nei servizi territoriali (testo del c. 797) è raggiunto: le letture pubblicate divergono
staffing-reading-all-not-met = il LEP non è raggiunto né contando solo il tempo indeterminato (base del contributo) né contando tutti gli assistenti sociali impiegati
staffing-ratio-help = { $reading }. Contributo statale annuo per il tempo indeterminato (L. 178/2020, c. 797: € 40.000 per assistente sociale oltre 1:6.500 fino a 1:5.000, € 20.000 oltre 1:5.000 fino a 1:4.000): { $now } con l'organico attuale, { $at_lep } con { $lep } (LEP), { $at_objective } con { $objective } (obiettivo)
intervention-unfunded = intervento `{ $intervention }` senza risorse nel { $years }
intervention-unfunded-help = aggiungi in `budget` le risorse di quegli anni, o chiudi l'intervento prima riducendo il periodo
comune-not-served = area `{ $area }`: nessun intervento finanziato raggiunge { $comuni }
comune-not-served-help = estendi `comuni` di un intervento dell'area (o usa `comuni: all`), o aggiungi un intervento per questi comuni

## Monitoraggio
actual-duplicate = impegnato e liquidato di `{ $intervention }`, { $year }, `{ $fund }` dichiarati due volte
actual-unknown-line = `{ $intervention }` non ha una riga di bilancio su `{ $fund }` nel { $year }
actual-unknown-line-funds = nel { $year } l'intervento ha risorse di: { $funds }
actual-unknown-line-no-money = `{ $intervention }` non ha risorse nel { $year }: aggiungi prima la riga al suo `budget`
label-intervention-here = l'intervento
committed-exceeds-programmed = `{ $intervention }`, { $year }, `{ $fund }`: impegnati { $committed } su { $programmed } programmati (+ { $excess })
committed-exceeds-programmed-help = verifica la determina di impegno; se l'importo è giusto, rimodula prima la riga di bilancio
paid-exceeds-committed = `{ $intervention }`, { $year }, `{ $fund }`: liquidati { $paid } su { $committed } impegnati (+ { $excess })
paid-exceeds-committed-help = si liquida solo su un impegno: aggiorna impegnato e liquidato alla stessa data
label-committed-here = impegnato
actual-stale = `{ $intervention }`, { $year }, `{ $fund }`: dati al { $date }, oltre un anno prima dei più recenti ({ $newest })
label-newest-here = dati più recenti

## Comando check
check-summary = { $path }: { $errors ->
        [0] nessun errore
        [one] 1 errore
       *[other] { $errors } errori
    }, { $warnings ->
        [0] nessun avviso
        [one] 1 avviso
       *[other] { $warnings } avvisi
    }{ $infos ->
        [0] {""}
       *[other] , { $infos } info
    }
sarif-srcroot = La radice del repository in cui pdz è stato eseguito: i percorsi dei file sono relativi a essa.
junit-rule-skipped = non eseguito: i controlli su fondi, LEPS e personale si eseguono quando gli errori sono corretti
check-rules-skipped = (i controlli su fondi, LEPS e personale si eseguono quando gli errori sono corretti)
io-not-found = il file o la cartella non esiste
io-permission-denied = permesso negato: pdz non può leggerlo o scriverlo
io-already-exists = esiste già
io-is-a-directory = è una cartella, non un file
io-not-a-directory = una parte del percorso non è una cartella
io-directory-not-empty = la cartella non è vuota
io-read-only = il disco è in sola lettura
io-storage-full = il disco è pieno
io-invalid-data = il contenuto non è leggibile
io-other = errore del sistema ({ $detail })
output-missing-dir = la cartella `{ $path }` non esiste: creala prima, o scegli un'altra destinazione
output-would-overwrite = `{ $path }` è un file del piano: pdz non lo sovrascrive
output-io = `{ $path }`: { $reason }
output-is-a-folder = `{ $path }` è una cartella: indica un file in cui scrivere
output-not-a-folder = `{ $path }` non è una cartella: il CSV di più tabelle va in una cartella, un file per tabella
output-unknown-extension = `{ $path }`: pdz non conosce l'estensione `.{ $extension }`; i formati noti sono { $known }
usage-invalid-value = valore `{ $value }` non valido per `{ $arg }`
usage-unknown-argument = argomento `{ $arg }` sconosciuto
usage-unknown-command = comando `{ $command }` sconosciuto
usage-missing = mancano argomenti obbligatori: { $args }
usage-missing-command = manca il comando
usage-conflict = `{ $arg }` non si usa insieme a `{ $other }`
usage-valid = valori ammessi: { $values }
usage-did-you-mean = forse intendevi { $suggestion }?
usage-line = Uso: { $usage }
usage-more = Per altre informazioni: `pdz --help` (in inglese) o il README.
findings-not-shown = … { $count ->
        [one] un altro risultato non mostrato
       *[other] altri { $count } risultati non mostrati
    } (se ne mostrano al massimo { $per_file } per file e { $shown } in tutto; `--format json` li elenca tutti)
error-path = pdz: impossibile aprire `{ $path }`: { $error }
error-no-plan-files = pdz: nessun file .yaml o .yml in `{ $path }`
error-revision = pdz: impossibile leggere `{ $spec }`: { $reason }
git-not-found = il comando git non è disponibile ({ $error })
git-not-a-repository = la cartella corrente non è in un repository git
git-unknown-revision = `{ $revision }` non è una revisione del repository
git-not-in-revision = `{ $path }` non esiste nella revisione `{ $revision }`
git-no-plan-files = nessun file .yaml o .yml in quel percorso
git-failed = git: { $error }

## Comando explain
explain-severity = Gravità predefinita: { $severity }; si cambia in `checks:` del piano o con `--allow`/`--deny`.
explain-severity-fixed = Gravità: { $severity }; non si può cambiare.
explain-more = `pdz explain CODICE` spiega un controllo.
explain-parameters = Parametri del catalogo di pdz (ciascuno con la sua fonte; un piano li cambia in `programmes` o `leps`):
explain-parameter-source = Fonte: { $source }
parameter-spend-by = spese ammissibili fino al { $date }
parameter-cap = al massimo { $cap } per progetto
parameter-cup = il CUP è obbligatorio per ogni intervento finanziato
parameter-earmark-region = almeno { $min } a interventi per { $targets }, { $years }; vincola la quota regionale nel suo insieme: per l'ambito è un avviso
parameter-earmark-allocation = almeno { $min } a interventi per { $targets }, { $years }, su ogni assegnazione
parameter-scope = solo interventi per { $targets } o che garantiscono { $leps }
parameter-leps-required = obbligatorio, in vigore { $years }
parameter-leps-optional = non obbligatorio, in vigore { $years }: { $reason }
parameter-years-from = dal { $from }
parameter-years-until = fino al { $until }
parameter-years-between = dal { $from } al { $until }
parameter-years-one = del { $year }
parameter-years-always = in ogni anno
parameter-annualita-from = per le annualità dal { $from }
parameter-annualita-until = per le annualità fino al { $until }
parameter-annualita-between = per le annualità dal { $from } al { $until }
parameter-annualita-one = per l'annualità { $year }
parameter-annualita-always = per ogni annualità
parameter-staffing = LEP 1 assistente sociale ogni { $lep } residenti, obiettivo 1 ogni { $objective }; contributo annuo { $first } per assistente sociale a tempo indeterminato oltre 1 ogni { $start } fino al LEP, { $second } oltre il LEP fino all'obiettivo

## Report
report-summary = Il piano in sintesi
report-budget = Quadro finanziario
report-funds = Fonti di finanziamento
report-leps = Livelli essenziali (LEPS)
report-comuni = I comuni
report-interventions = Gli interventi
report-staffing = Servizio sociale professionale
report-needs = Quadro conoscitivo
report-execution = Attuazione: programmato, impegnato, liquidato
execution-as-of = Cifre cumulative al { $date }, dichiarate nella sezione actuals del piano; le righe di bilancio senza dati contano zero. I residui sono il programmato non ancora impegnato.
execution-no-date = Cifre dichiarate nella sezione actuals del piano; le righe di bilancio senza dati contano zero. I residui sono il programmato non ancora impegnato.
execution-no-actuals = Il piano non ha ancora dati di monitoraggio (sezione actuals): impegnato e liquidato sono zero.
execution-by-area = Attuazione per area strategica
execution-by-fund = Attuazione per assegnazione di fondi
execution-by-year = Attuazione per anno del piano
execution-by-intervention = Attuazione per intervento
execution-lines = Righe di bilancio con impegnato e liquidato
col-committed = Impegnato
col-paid = Liquidato
col-residui = Residui
col-carried-forward = Residui riportati
col-savings = Economie
col-returned = Restituzioni
col-residui-unsplit = Residui non ripartiti
cell-unknown = n.d.
execution-unknown = Cifre non disponibili (n.d.): impegnato su { $committed } righe, liquidato su { $paid }; le righe senza una cifra sono escluse dal tasso corrispondente, non contate come zero.
col-commitment-rate = Impegnato su programmato
col-payment-rate = Liquidato su impegnato
chart-execution = Programmato, impegnato e liquidato per area
chart-execution-description = Barre orizzontali: per ogni area strategica le risorse programmate, impegnate e liquidate; in tutto { $programmed } programmati, { $committed } impegnati, { $paid } liquidati. Le cifre sono nella tabella che segue.
document-subtitle = { $ambito } · { $period }{ $scope }
scope-year = anno { $year }
scope-area = area: { $area }
summary-facts = Dati principali
summary-by-year = Risorse per anno
summary-by-kind = Risorse per tipo di fonte
summary-by-holder = Risorse per titolare: aziende sanitarie, comuni, altri finanziatori
holder-health = Aziende sanitarie
holder-comuni = Comuni dell'ambito (non ripartito)
summary-by-area = Risorse per area strategica
summary-by-area-kind = Risorse per area e tipo di fonte
fact-ambito = Ambito
fact-period = Periodo
fact-comuni = Comuni
fact-population = Residenti
fact-areas = Aree strategiche
fact-interventions = Interventi
fact-funds = Assegnazioni di fondi
fact-leps-covered = LEPS garantiti in ogni anno
fact-leps-covered-value = { $covered } su { $required }
fact-total = Totale programmato
chart-area-by-kind = Risorse per area strategica e tipo di fonte
chart-area-by-kind-description = Barre orizzontali: per ogni area strategica le risorse programmate, divise per tipo di fonte; in tutto { $total }. Le cifre sono nella tabella che segue.
budget-quadro = Quadro finanziario per area, assegnazione e anno
budget-detail = Quadro finanziario per intervento, assegnazione e anno
budget-lines = Righe di bilancio
funds-table = Assegnazioni: disponibile, programmato e residuo
chart-fund-use = Quota programmata di ogni assegnazione
chart-fund-use-description = Barre orizzontali: la percentuale programmata di ogni assegnazione; in tutto { $programmed } su { $available }. Le cifre sono nella tabella che segue.
leps-table = LEPS per anno: risorse degli interventi che li garantiscono
leps-staffing-met = La riga del servizio sociale professionale indica le risorse degli interventi; il suo livello essenziale, 1 assistente sociale ogni 5.000 residenti, è raggiunto anche contando solo il tempo indeterminato (sezione «Servizio sociale professionale»).
leps-staffing-readings = La riga del servizio sociale professionale indica le risorse degli interventi; il suo livello essenziale, 1 assistente sociale ogni 5.000 residenti, è raggiunto contando ogni contratto ma non contando solo il tempo indeterminato: le letture pubblicate divergono (sezione «Servizio sociale professionale»).
leps-staffing-not-met = La riga del servizio sociale professionale indica le risorse degli interventi; il suo livello essenziale, 1 assistente sociale ogni 5.000 residenti, non è raggiunto (sezione «Servizio sociale professionale»).
leps-sources-table = Fonti normative dei LEPS
leps-in-force-from = dal { $year }
leps-in-force-until = fino al { $year }
cell-not-in-force = non in vigore
col-in-force = In vigore
col-legal-source = Fonte normativa
row-required-in-force = LEPS obbligatori in vigore
row-required-covered = LEPS obbligatori garantiti
comuni-table = Comuni: residenti, servizi, cofinanziamento
comuni-health-not-attributed = Le risorse delle aziende sanitarie ({ $health }, la quota sanitaria dei servizi sociosanitari) restano dell'azienda sanitaria e non sono attribuite ad alcun comune; con queste, le risorse degli interventi sono { $total }.
chart-per-resident = Risorse per residente in ogni comune
chart-per-resident-description = Barre orizzontali: le risorse degli interventi che raggiungono ogni comune, attribuite per popolazione, per residente; la media dell'ambito è { $average }. Le cifre sono nella tabella che segue.
comuni-all = tutti
interventions-list = Interventi per area strategica
scheda-facts = Scheda
scheda-budget = Risorse per fonte e anno
scheda-indicators = Indicatori
target-minori = minori
target-famiglie = famiglie
target-giovani = giovani
target-adulti = adulti
target-anziani = anziani
target-anziani-non-autosufficienti = anziani non autosufficienti
target-disabili = persone con disabilità
target-disabilita-gravissima = persone con disabilità gravissima
target-poverta = persone in povertà
target-senza-dimora = persone senza dimora
target-donne-vittime-violenza = donne vittime di violenza
target-immigrati = persone immigrate
target-dipendenze = persone con dipendenze
target-comunita = tutta la comunità
role-assistente-sociale = assistente sociale
role-educatore = educatore
role-psicologo = psicologo
role-amministrativo = amministrativo
role-oss = operatore socio-sanitario
role-mediatore-culturale = mediatore culturale
management-direct = gestione diretta
management-contracted = affidamento a terzi
management-accredited = accreditamento
management-co-designed = co-progettazione con il terzo settore
management-delegated-asl = delega all'ASL
management-vouchers = buoni servizio
status-new = nuovo
status-continued = confermato
status-strengthened = potenziato
staffing-ratio-table = Rapporto assistenti sociali / residenti
staffing-permanent = Assistenti sociali a tempo indeterminato (equivalenti a tempo pieno)
staffing-ratio-now = Rapporto a tempo indeterminato
staffing-needed-lep = Necessari per il LEP (1 ogni 5.000)
staffing-needed-objective = Necessari per l'obiettivo (1 ogni 4.000)
staffing-meets-lep = LEP raggiunto contando il tempo indeterminato (base del contributo)
staffing-meets-lep-all = LEP raggiunto contando ogni contratto (assistenti sociali impiegati nei servizi territoriali)
staffing-all = Assistenti sociali con ogni contratto (equivalenti a tempo pieno)
staffing-ratio-all = Rapporto con ogni contratto
staffing-bands = Contributo statale annuo (L. 178/2020, c. 797)
staffing-band = oltre 1 ogni { $from } fino a 1 ogni { $to }
staffing-list = Personale dell'ambito
contract-permanent = tempo indeterminato
contract-fixed-term = tempo determinato
contract-external = esterno
needs-table = Bisogni del territorio e interventi dell'area
needs-area-interventions = Interventi dell'area
needs-none = Il piano non riporta bisogni rilevati (sezione `needs`).
col-amount = Importo
col-annualita = Annualità
col-area = Area strategica
col-available = Disponibile
col-band = Fascia
col-baseline = Valore iniziale
col-cofinancing = Cofinanziamento totale
col-cofinancing-per-resident = Cofinanziamento per residente
col-comune = Comune
col-comuni = Comuni
col-contract = Contratto
col-contribution-lep = Al LEP ({ $workers } a tempo indeterminato)
col-contribution-now = Con l'organico attuale
col-contribution-objective = All'obiettivo ({ $workers } a tempo indeterminato)
col-cup = CUP
col-deadline = Termine di spesa
col-fte = Unità (tempo pieno)
col-fund = Assegnazione
col-fund-kind = Tipo di fonte
col-holder = Titolare
col-id = Codice
col-indicator = Indicatore
col-intervention = Intervento
col-interventions = Interventi
col-interventions-reaching = Interventi che lo raggiungono
col-istat = Codice ISTAT
col-item = Voce
col-leps = LEPS
col-management = Modalità di gestione
col-money = Risorse
col-money-reaching = Risorse attribuite
col-need = Bisogno
col-per-resident = Per residente
col-per-worker = Per assistente sociale
col-population = Residenti
col-programme = Programma
col-programmed = Programmato
col-provider = Soggetto gestore
col-remaining = Residuo
col-required = Obbligatorio
col-role = Profilo
col-share = Quota
col-source = Fonte
col-status = Stato
col-target = Obiettivo
col-targets = Fasce di utenza
col-total = Totale
col-unit = Unità di misura
col-used = Programmato %
col-value = Valore
col-year = Anno
row-total = Totale
row-subtotal = Subtotale
cell-yes = sì
cell-no = no
kind-eu = Unione europea
kind-pnrr = PNRR
kind-national = Fondi nazionali
kind-regional = Fondi regionali
kind-municipal = Comuni
kind-health = Sanità (ASL)
kind-users = Utenti
html-contents = Indice
html-date = Data
html-see-table = Vedi la tabella.
html-generated = Documento prodotto con pdz dai file del piano.
html-table-part = parte { $part } di { $parts }
report-plan-has-errors = il piano ha { $errors ->
        [one] 1 errore
       *[other] { $errors } errori
    }: nessun report prodotto (con `--allow-errors` il report si produce con un avviso)
report-banner-errors = Attenzione: il piano contiene { $errors ->
        [one] 1 errore
       *[other] { $errors } errori
    }; le cifre possono essere incomplete o errate.
report-bad-year = l'anno { $year } non è nel periodo del piano ({ $from }-{ $to })
report-bad-area = l'area `{ $area }` non esiste: { $help }
report-bad-date = `{ $date }` non è una data: scrivi AAAA-MM-GG o `today`
report-template-dir = cartella dei modelli non utilizzabile: { $error }
report-workbook = impossibile comporre il foglio di calcolo: { $error }
workbook-about = Piano
workbook-plan = Piano
workbook-ambito-period = Ambito e periodo
workbook-warning = Attenzione
workbook-date = Data
workbook-sources = File di origine
workbook-version = Prodotto con
workbook-sheet-plan = Il piano e l'ambito (una riga)
workbook-sheet-comuni = I comuni dell'ambito
workbook-sheet-areas = Le aree strategiche
workbook-sheet-funds = Le assegnazioni dei fondi
workbook-sheet-interventions = Gli interventi
workbook-sheet-budget = Le righe di bilancio: intervento, anno, assegnazione, importo
workbook-sheet-notes-name = Note
workbook-notes-title = Come compilare questa cartella di lavoro; poi `pdz import plan FILE --output piano.yaml` e `pdz check piano.yaml`
workbook-notes-sheet = Foglio
workbook-notes-column = Colonna
workbook-notes-holds = Contenuto
workbook-notes-needed = Obbligatoria
workbook-needed-yes = sì
workbook-needed-no = no
workbook-holds-reference = l'id di una riga del foglio
workbook-holds-id = un id: minuscole, cifre e trattini (`welfare-accesso`)
workbook-holds-text = testo
workbook-holds-year = un anno di quattro cifre
workbook-holds-amount = un importo in euro, al centesimo (`1234,50` o `1.234,50`)
workbook-holds-count = un numero intero
workbook-holds-id-list = id separati da virgole
workbook-holds-code = il codice ISTAT di sei cifre, come testo (`075016`)
import-missing-sheet-one = manca il foglio `{ $sheet }`
import-missing-sheet = manca il foglio `{ $sheet }` (o `{ $english }`)
import-bad-count = `{ $text }` non è un numero intero
import-unknown-reference = `{ $text }` non è l'id di nessuna riga del foglio `{ $sheet }`
import-plan-header = Importato con `pdz import plan` da { $file }. Completa il piano (LEPS, destinatari, gestione); poi `pdz check`.
init-workbook-done = scritto `{ $path }`: compila i fogli, poi `pdz import plan { $path } --output piano.yaml`
report-template = modello non valido: { $error }
report-council-comune = il documento per il consiglio comunale richiede `--comune ID` (o `--comune all` per tutto l'ambito)
report-comune-only-council = `--comune` vale solo per `pdz report council`
report-unknown-comune = il comune `{ $comune }` non è nell'ambito: { $help }
report-no-chromium = per produrre il PDF serve Chromium, che non è installato: installa il pacchetto `chromium` (Debian e Ubuntu: `sudo apt install chromium`), oppure indica il programma con la variabile PDZ_CHROMIUM
report-pdf = impossibile produrre il PDF: { $error }
output-written = scritto `{ $path }` ({ $sections ->
    [one] 1 sezione
   *[other] { $sections } sezioni
})
output-written-folder = scritti { $files } file in `{ $path }`
report-output = impossibile scrivere il report: { $error }

## Documento per il Consiglio comunale
council-subtitle = Documento per il Consiglio comunale
council-recipient = Comune di { $comune }
council-recipient-all = Tutti i comuni dell'{ $ambito }
council-period = Periodo di programmazione { $period }
council-residents = Residenti: { $residents }
council-residents-at = Residenti: { $residents } (al { $date })
council-approvals = Atti di approvazione
council-brief = Il piano in sintesi
council-contribution = Il contributo del Comune
council-contribution-intro = Il Comune partecipa alle risorse ripartite per popolazione in proporzione ai suoi residenti: { $residents } su { $population } ({ $share }). Le quote sono calcolate al centesimo e, sommate, danno esattamente l'importo dell'ambito.
council-contribution-table = Quota del Comune per ogni assegnazione ripartita per popolazione
council-contribution-table-all = Quote dei comuni per ogni assegnazione ripartita per popolazione
council-no-split = Il piano non ripartisce risorse tra i comuni in proporzione ai residenti.
council-services = Cosa riceve il Comune
council-services-all = I servizi dell'ambito
council-services-table = Interventi che raggiungono il Comune, per area strategica
council-services-table-all = Interventi per area strategica
council-per-resident = Risorse per residente
council-money-comune = Risorse degli interventi che raggiungono il Comune, attribuite per popolazione
council-per-resident-comune = Per residente a { $comune }
council-per-resident-ambito = Per residente, media dell'ambito
council-per-resident-ratio = Rispetto alla media dell'ambito
council-attribution-note = Le risorse di un intervento sono attribuite ai comuni che raggiunge in proporzione ai loro residenti, al centesimo.
council-leps = I livelli essenziali garantiti
council-glossary = Le fonti di finanziamento in parole semplici
council-glossary-table = Glossario
council-needs = I bisogni del territorio
council-page = Pagina
html-page-short = pag.
council-of = di
col-body = Organo
col-act = Atto
col-date = Data
col-ambito-amount = Importo dell'ambito
col-comune-share = Quota del Comune
col-money-comune = Risorse per il Comune
col-term = Voce
col-meaning = Che cos'è
glossary-local = Fonte propria del piano ({ $kind }): { $source }
glossary-builtin = { $kind }: { $source }
glossary-fnps-term = FNPS
glossary-fnps = Fondo nazionale per le politiche sociali: il fondo con cui lo Stato finanzia ogni anno i servizi sociali di Regioni e ambiti. Almeno metà va a servizi per bambini, ragazzi e famiglie.
glossary-qsfp-term = Fondo Povertà, quota servizi (QSFP)
glossary-qsfp = Finanzia i servizi per le persone e le famiglie in povertà che ricevono l'Assegno di inclusione: presa in carico, tirocini, sostegno educativo.
glossary-qpe-term = Fondo Povertà, quota povertà estrema (QPE)
glossary-qpe = Finanzia i servizi per le persone senza dimora e in povertà estrema, come il pronto intervento sociale e la residenza fittizia.
glossary-fna-term = FNA
glossary-fna = Fondo per le non autosufficienze: finanzia l'assistenza a domicilio e i servizi per anziani non autosufficienti e persone con disabilità grave.
glossary-dopo-di-noi-term = Dopo di noi
glossary-dopo-di-noi = Fondo per le persone con disabilità grave prive del sostegno della famiglia (L. 112/2016): progetti di vita autonoma fuori dalla famiglia d'origine.
glossary-famiglia-term = Fondo per le politiche della famiglia
glossary-famiglia = Fondo statale per interventi a sostegno delle famiglie e della genitorialità.
glossary-antiviolenza-term = Fondi antiviolenza
glossary-antiviolenza = Fondi statali per i centri antiviolenza e le case rifugio che accolgono donne vittime di violenza e i loro figli.
glossary-fgsa-term = FGSA
glossary-fgsa = Fondo globale socio-assistenziale: il fondo con cui la Regione Puglia finanzia i servizi sociali degli ambiti.
glossary-pon-term = PON e PN Inclusione
glossary-pon = Programmi dell'Unione europea (Fondo sociale europeo) per l'inclusione sociale e il contrasto alla povertà: il PON 2014-2020 paga spese fino al 31/12/2023, il PN 2021-2027 quelle successive.
glossary-prins-term = PrInS
glossary-prins = Progetti di intervento sociale: un avviso finanziato dall'Unione europea (REACT-EU) per il pronto intervento sociale e i servizi per le persone senza dimora, con spese fino al 31/12/2023.
glossary-pnrr-term = PNRR
glossary-pnrr = Piano nazionale di ripresa e resilienza, Missione 5: progetti pagati dall'Unione europea (Next Generation EU) per famiglie, anziani, persone con disabilità e senza dimora. Ogni progetto ha un importo massimo e va concluso entro il 2026.
glossary-comuni-term = Cofinanziamento comunale
glossary-comuni = La parte che i comuni dell'ambito mettono con risorse proprie, di solito ripartita in proporzione ai residenti.
glossary-asl-term = Risorse ASL
glossary-asl = Risorse dell'Azienda sanitaria locale per i servizi che uniscono sociale e sanità, come l'assistenza domiciliare integrata.
glossary-utenti-term = Compartecipazione degli utenti
glossary-utenti = Quanto pagano le persone che usano un servizio, secondo il loro ISEE.
glossary-regionale-term = Altri fondi regionali
glossary-regionale = Fondi della Regione per servizi specifici, come i buoni servizio per l'infanzia, gli anziani e le persone con disabilità.
glossary-leps-term = LEPS
glossary-leps = Livelli essenziali delle prestazioni sociali: i servizi che ogni ambito deve garantire ai suoi residenti, in tutta Italia (L. 234/2021).
glossary-leps-entry = Livello essenziale garantito dal piano. Fonte: { $source }
glossary-annualita-term = Annualità
glossary-annualita = L'anno a cui appartengono le risorse di un fondo: le risorse di un anno (es. FNPS 2021) si spendono spesso nell'anno successivo del piano.
council-comparison = Risorse per residente nei comuni dell'ambito

## Confronto tra versioni (pdz diff)
diff-title = { $plan }: confronto tra due versioni
diff-subtitle = { $old } → { $new }
diff-summary = Sintesi
diff-totals = Cifre delle due versioni
diff-row-programmed = Totale programmato
diff-row-interventions = Interventi
diff-row-allocations = Assegnazioni di fondi
diff-row-available = Risorse disponibili delle assegnazioni
diff-row-leps-years = LEPS garantiti (LEPS per anno)
diff-row-committed = Impegnato
diff-row-paid = Liquidato
diff-changes = Che cosa cambia
diff-nothing = Le due versioni programmano le stesse cose.
diff-count-added = Interventi aggiunti
diff-count-removed = Interventi eliminati
diff-count-changed = Interventi modificati (descrizione)
diff-count-moved = Interventi con risorse cambiate
diff-count-allocations-added = Assegnazioni aggiunte
diff-count-allocations-removed = Assegnazioni eliminate
diff-count-allocations-resized = Assegnazioni con importo cambiato
diff-count-leps-gained = LEPS per anno acquisiti
diff-count-leps-lost = LEPS per anno persi
diff-count-errors-new = Nuovi errori
diff-count-errors-fixed = Errori risolti
diff-count-warnings-new = Nuovi avvisi
diff-count-warnings-fixed = Avvisi risolti
diff-count-decreases = Righe con impegnato o liquidato in diminuzione
diff-interventions = Interventi
diff-added = Interventi aggiunti
diff-removed = Interventi eliminati
diff-changed = Interventi modificati
diff-budget = Risorse: rimodulazione
diff-budget-interventions = Per intervento
diff-budget-areas = Per area strategica
diff-budget-funds = Per assegnazione di fondi
diff-budget-years = Per anno del piano
diff-allocations = Assegnazioni di fondi
diff-allocations-table = Assegnazioni aggiunte, eliminate o con importo cambiato
diff-allocation-added = aggiunta
diff-allocation-removed = eliminata
diff-allocation-resized = importo cambiato
diff-leps = Copertura dei LEPS
diff-leps-table = LEPS garantiti in un anno da una sola delle due versioni
diff-leps-gained = acquisito
diff-leps-lost = perso
diff-findings = Segnalazioni di pdz check
diff-findings-table = Segnalazioni nuove o risolte
diff-finding-new = nuova
diff-finding-fixed = risolta
diff-decreases = Monitoraggio: cifre in diminuzione
diff-decreases-why = Impegnato e liquidato sono cumulativi: dal monitoraggio al 31/12/2024 la Piattaforma Multifondo del Ministero accetta una cifra più bassa di quella già dichiarata solo se, alla conferma, è dichiarata come disimpegno o come errore materiale della rilevazione precedente. Per ognuna di queste righe scrivi in `actuals` quale dei due è (`decrease: disimpegno` o `decrease: errore-materiale`) prima di inviarla.
diff-decreases-table = Righe con impegnato o liquidato più bassi nella nuova versione
col-decrease-reason = Motivo dichiarato
decrease-disimpegno = disimpegno
decrease-errore-materiale = errore materiale
decrease-undeclared = da dichiarare
col-before = Prima
col-after = Dopo
col-change = Differenza
col-change-kind = Modifica
col-number = Numero
col-field = Campo
col-outcome = Esito
col-severity = Gravità
col-code = Codice
col-place = Posizione
col-message = Messaggio
col-committed-before = Impegnato prima
col-committed-after = Impegnato dopo
col-paid-before = Liquidato prima
col-paid-after = Liquidato dopo
field-name = Nome
field-description = Descrizione
diff-version-has-errors = pdz: `{ $path }` ha { $errors ->
        [one] un errore, mostrato nel confronto: va corretto
       *[other] { $errors } errori, mostrati nel confronto: vanno corretti
    } prima di approvare la versione
diff-banner-errors = Attenzione: { $versions } { $errors ->
        [one] ha 1 errore, mostrato
       *[other] ha { $errors } errori, mostrati
    } tra le segnalazioni di pdz check; le cifre possono essere incomplete o errate.
diff-banner-unreadable = Attenzione: `{ $path }` non si legge come piano ({ $errors ->
        [one] 1 errore
       *[other] { $errors } errori
    }): le versioni non si possono confrontare; ecco le segnalazioni di pdz check.
diff-title-plain = Confronto tra due versioni del piano
diff-findings-table-all = Segnalazioni della versione che non si legge

## Confronto tra ambiti (pdz aggregate)
aggregate-title = Confronto tra ambiti
aggregate-subtitle = { $plans ->
        [one] un piano
       *[other] { $plans } piani
    }: { $included } nei totali, { $excluded ->
        [one] uno escluso
       *[other] { $excluded } esclusi
    } per errori
aggregate-overview = Gli ambiti a confronto
aggregate-ambiti = Residenti, interventi e risorse programmate per ambito
aggregate-chart-per-resident = Risorse programmate per residente
aggregate-chart-per-resident-description = Barre orizzontali: per ogni ambito le risorse programmate per residente; la media è { $average }. Le cifre sono nella tabella che segue.
aggregate-by-year = Risorse per anno
aggregate-by-kind = Risorse per tipo di fonte
aggregate-by-area = Risorse per area strategica
aggregate-other-areas = Altre aree ({ $areas })
aggregate-other-leps = Altri { $leps } LEPS locali, presenti in meno ambiti, non sono mostrati.
aggregate-leps = LEPS garantiti
aggregate-leps-table = Anni del piano in cui ogni LEPS è garantito
aggregate-leps-note = Per ogni ambito e LEPS, gli anni del piano con almeno un intervento finanziato che lo garantisce; la riga Totale conta gli ambiti che lo garantiscono in ogni anno.
aggregate-staffing = Assistenti sociali
aggregate-staffing-table = Assistenti sociali a tempo indeterminato e LEP di 1 ogni 5.000 residenti
aggregate-meeting = { $meeting } su { $ambiti }
aggregate-excluded = Piani esclusi per errori
aggregate-excluded-why = Questi piani hanno errori: le loro cifre non sono nei totali. Correggili con pdz check e ripeti il confronto.
aggregate-excluded-table = Piani esclusi
aggregate-errors-table = Errori dei piani esclusi
aggregate-has-errors = pdz: { $excluded ->
        [one] un piano su { $plans } ha errori ed è escluso
       *[other] { $excluded } piani su { $plans } hanno errori e sono esclusi
    } dai totali
col-ambito = Ambito
col-pnrr-share = Quota PNRR
col-social-workers = Assistenti sociali (t.i.)
col-residents-per-worker = Residenti per assistente sociale
col-meets-lep = LEP 1:5.000 raggiunto
col-needed-lep = Necessari per il LEP
col-plan = Piano
col-errors = Errori
col-warnings = Avvisi
aggregate-by-year-table = Risorse programmate per ambito e anno del piano
aggregate-by-kind-table = Risorse programmate per ambito e tipo di fonte
aggregate-by-area-table = Risorse programmate per ambito e area strategica

## pdz init
init-bad-period = periodo { $from }-{ $to } non valido: l'ultimo anno viene dopo il primo, per al più { $max } anni
init-not-empty = { $dir } non è vuota: `pdz init` crea un piano nuovo in una cartella nuova o vuota
init-done = Creato il piano in { $dir } ({ $files } file). Completa l'ambito e i comuni in plan.yaml, poi `pdz check { $dir }`: i suoi avvisi sono ciò che resta da programmare (LEPS da garantire, aree senza interventi).

## pdz import
import-workbook-too-large = il foglio `{ $sheet }` ha più di { $max } celle (o il file è troppo grande): pdz non lo legge
import-workbook-too-wide = il foglio `{ $sheet }` ha un valore nella cella { $cell }, oltre l'ultima colonna che pdz legge ({ $last })
import-not-workbook = il file non si legge come cartella di lavoro (.xlsx, .xls, .ods): { $error }
import-not-utf8 = il file non è in UTF-8
import-help-utf8 = esporta il foglio come «CSV UTF-8»
import-empty = il file è vuoto: serve una riga di intestazione
import-no-rows = nessuna riga di bilancio sotto l'intestazione
import-missing-column = manca la colonna `{ $italian }` (o `{ $column }`)
import-empty-cell = cella vuota
import-bad-id = `{ $text }` non è un identificativo: minuscole, cifre e trattini
import-help-id = scrivi `{ $fix }`
import-bad-year = `{ $text }` non è un anno di quattro cifre
import-ambiguous-amount = importo `{ $text }` ambiguo: il punto separa le migliaia o i decimali?
import-help-decimal-comma = in un file separato da `;` scrivi i decimali con la virgola: `1250,00` o `1,25`
import-duplicate-line = la riga di bilancio di `{ $intervention }`, { $year }, `{ $fund }` compare due volte
import-help-first-row = la prima volta alla riga { $row }
import-disagrees = il campo `{ $field }` è diverso da quello della riga { $row } per lo stesso intervento
import-bad-row = riga illeggibile: { $error }
import-failed = nulla è stato scritto: { $rows ->
        [one] un problema
       *[other] { $rows } problemi
    } nel foglio
import-header = Importato con `pdz import budget` da { $file }: { $rows } righe di bilancio, { $interventions } interventi.
    Completa ogni intervento con leps, targets, management e comuni; poi `pdz check`.
import-ignored-columns = colonne non usate: { $columns }

## Classificazioni (assi oltre all'area)
kind-classification = asse di classificazione
kind-class-code = codice
unknown-class-code = codice `{ $code }` inesistente nell'asse `{ $axis }`
schema-class-code = `{ $text }` non è un codice: lettere, cifre e . _ / -, iniziando con una lettera o una cifra
schema-class-code-help = scrivi il codice senza spazi, es. `A1.01` o `famiglia-minori`
schema-class-missing = l'intervento `{ $intervention }` non ha un codice dell'asse `{ $axis }`, che è obbligatorio
schema-class-missing-help = aggiungi `{ $axis }: CODICE` in `classes`; codici: { $codes }
schema-class-reserved = `{ $axis }` è l'asse delle aree strategiche: non si dichiara in `classifications`
schema-class-reserved-help = scegli un altro id, es. `aree-regionali`
budget-classes = Risorse per classificazione
budget-by-class = Risorse per { $axis }
row-unclassified = Non classificato
report-by-only-budget = `--by` vale solo per `budget` e `all`
report-bad-axis = l'asse `{ $axis }` non esiste: { $help }
table-columns-dropped = colonne non mostrate, per stare nella larghezza del terminale: { $columns }; allarga il terminale o usa `--format md`, `html` o `csv`

## --help in italiano: ogni comando e ogni argomento (`help-arg--ID` vale per tutti i comandi)
help-cmd-help = Mostra questo aiuto, o l'aiuto dei comandi indicati
help-arg--lang = Lingua dei messaggi e dei report
help-arg--quiet = Non dire nulla su standard error dei file scritti con `--output`
help-arg--help = Mostra l'aiuto
help-arg--version = Mostra la versione
help-pdz = Carica, verifica e riporta un Piano sociale di zona tenuto in file YAML
help-pdz-init = Avvia un nuovo piano: i file del formato, pronti per `pdz check`
help-pdz-init--dir = Cartella del nuovo piano: creata, o vuota
help-pdz-init--ambito = Il nome dell'ambito (predefinito: dal nome della cartella)
help-pdz-init--from = Primo anno del piano (predefinito: quest'anno)
help-pdz-init--to = Ultimo anno del piano (predefinito: due anni dopo il primo, per un piano triennale)
help-pdz-check = Verifica i piani: formato, riferimenti, importi, fondi, LEPS, personale
help-pdz-check--paths = Cartelle o file di piano; ognuno è verificato come un piano a sé
help-pdz-check--format = Formato dei risultati: per le persone, o per gli strumenti di CI
help-pdz-check--strict = Gli avvisi contano come errori (uscita 1)
help-pdz-check--allow = Disattiva una verifica (ripetibile)
help-pdz-check--deny = Rendi errori i risultati di una verifica (ripetibile)
help-pdz-report = Riporta il piano: tabelle di bilancio nel terminale, Markdown, HTML, CSV o JSON
help-pdz-report--kind = Quale report
help-pdz-report--path = Il piano: una cartella o un file
help-pdz-report--format = Formato (predefinito: dall'estensione di `--output`, altrimenti `table`)
help-pdz-report--comune = Per `council`: l'id del comune, o `all` per l'intero ambito
help-pdz-report--output = Scrivi in questo file invece che su standard output (una cartella per `all --format csv`)
help-pdz-report--templates = Una cartella di modelli che sostituiscono per nome quelli incorporati (HTML)
help-pdz-report--year = Solo questo anno del piano
help-pdz-report--area = Solo questa area strategica (il suo id)
help-pdz-report--detail = Bilancio per intervento; una scheda per intervento
help-pdz-report--by = Per `budget` (e `all`): il bilancio per i codici di questo asse, `area` o un id delle `classifications` del piano
help-pdz-report--allow_errors = Produci il report di un piano con errori, sotto un avviso
help-pdz-report--csv_dialect = Convenzioni del CSV
help-pdz-report--tidy = CSV in forma lunga: una riga per valore
help-pdz-report--date = Stampa una data sul documento: AAAA-MM-GG, o `today`. Senza, l'output non porta data: lo stesso piano dà un output identico byte per byte
help-pdz-aggregate = Confronta molti piani (gli ambiti di una Regione) con totali esatti
help-pdz-aggregate--paths = Piani, o cartelle di piani (uno per sottocartella); `REV:PERCORSO` indica un piano in git
help-pdz-aggregate--format = Formato (predefinito: dall'estensione di `--output`, altrimenti `table`)
help-pdz-aggregate--output = Scrivi in questo file invece che su standard output (in modo atomico); con `--format csv`, una cartella con un file per tabella
help-pdz-aggregate--allow_errors = Esci con 0 anche quando alcuni piani hanno errori (restano fuori dai totali)
help-pdz-aggregate--csv_dialect = Convenzioni del CSV
help-pdz-diff = Confronta due versioni di un piano (cartelle, o REV:PERCORSO in git): una rimodulazione
help-pdz-diff--old = La versione precedente: un percorso di piano, o REV:PERCORSO nel repository git corrente (`main:plans/x`)
help-pdz-diff--new = La versione nuova, come OLD (`HEAD:plans/x`, o la copia di lavoro `plans/x`)
help-pdz-diff--format = Formato; `md` è fatto per un commento a una pull request
help-pdz-diff--output = Scrivi in questo file invece che su standard output (in modo atomico)
help-pdz-import = Importa dati tenuti in fogli di calcolo: un foglio di bilancio come interventi del piano, o un intero piano da una cartella di lavoro
help-pdz-import-budget = Un foglio di bilancio, una riga per riga di bilancio: intervention (intervento), name (nome), area, year (anno), fund (fondo), amount (importo); separato da `,` o `;`
help-pdz-import-budget--file = Il foglio di bilancio: un file CSV, o una cartella di lavoro (`.xlsx`, `.xls`, `.ods`) di cui si legge il primo foglio con le intestazioni del foglio di bilancio
help-pdz-import-budget--output = Scrivi qui il file del piano (in modo atomico) invece che su standard output
help-pdz-explain = Spiega una verifica: cosa trova, perché, la sua fonte normativa, come correggere
help-pdz-explain--code = La verifica da spiegare; senza, sono elencate tutte
help-pdz-explain--list = Elenca ogni verifica con la gravità predefinita e la sua fonte
help-pdz-schema = Stampa lo JSON Schema di un file di piano (per gli editor: completamento e aiuto su ogni campo)
help-pdz-completions = Stampa lo script di completamento della shell (bash, zsh, fish, powershell, elvish)
help-pdz-completions--shell = La shell: bash, zsh, fish, powershell, elvish
help-pdz-man = Stampa la pagina di manuale (roff), o scrivine una per comando con `--dir`
help-pdz-man--dir = Scrivi una pagina per comando (`pdz.1`, `pdz-check.1`, …) in questa cartella invece di stampare `pdz.1`
help-pdz-report--kind--values =
    - summary: il piano in breve: totali per anno, per tipo di fondo, per area
    - budget: il quadro finanziario: area × assegnazione × anno (interventi con --detail)
    - funds: per assegnazione: disponibile, programmato per anno, residuo, termine di spesa
    - leps: ogni LEPS × anno del piano: coperto o no, da quali interventi
    - comuni: per comune: residenti, servizi che lo raggiungono, quote di cofinanziamento, risorse per residente
    - interventions: gli interventi per area (una scheda ciascuno con --detail)
    - staffing: il rapporto tra assistenti sociali e residenti e le fasce del contributo statale
    - needs: il quadro conoscitivo: i bisogni accanto agli interventi della loro area
    - execution: risorse programmate, impegnate e liquidate, residui e tassi (da `actuals`)
    - all: tutti i report qui sopra in un documento (`execution` quando il piano ha `actuals`)
    - council: il documento per un consiglio comunale (con --comune)
help-pdz-check--format--values =
    - human: come rustc, con le righe del file e i segni sotto
    - json: un documento JSON con versione
    - github: comandi di workflow di GitHub Actions (annotazioni sulla pull request)
    - sarif: SARIF 2.1.0, per il code scanning
    - junit: JUnit XML, un caso di test per verifica (GitLab, Jenkins)
    - gitlab: JSON di GitLab Code Quality (i risultati nella merge request)
    - md: un riepilogo in Markdown (job summary di GitHub, note della merge request)
help-arg--csv_dialect--values =
    - standard: separatore `,`, decimali con `.`
    - excel-it: Excel italiano: separatore `;`, virgola decimale, byte-order mark UTF-8
help-pdz-report--format--values =
    - table: tabelle per il terminale
    - md: Markdown in stile GitHub
    - html: una pagina HTML autosufficiente, stampabile su A4
    - pdf: l'HTML stampato in PDF da Chromium headless
    - csv: valori separati da virgola
    - json: le tabelle del report in JSON con versione
    - xlsx: una cartella di lavoro Excel: un foglio per tabella, celle tipizzate, totali come formule
    - ods: un foglio di calcolo OpenDocument (LibreOffice), come `xlsx`
help-pdz-aggregate--format--values =
    - table: tabelle per il terminale
    - md: Markdown in stile GitHub
    - html: una pagina HTML autosufficiente
    - csv: valori separati da virgola
    - json: JSON con versione
    - xlsx: una cartella di lavoro Excel: un foglio per tabella, celle tipizzate, totali come formule
    - ods: un foglio di calcolo OpenDocument (LibreOffice), come `xlsx`
help-pdz-diff--format--values =
    - table: tabelle per il terminale
    - md: Markdown in stile GitHub
    - html: una pagina HTML autosufficiente
    - csv: valori separati da virgola
    - json: JSON con versione
    - xlsx: una cartella di lavoro Excel: un foglio per tabella, celle tipizzate, totali come formule
    - ods: un foglio di calcolo OpenDocument (LibreOffice), come `xlsx`
help-pdz-init--workbook = Invece di una cartella di file YAML, scrivi una cartella di lavoro vuota del piano (`.xlsx` o `.ods`) da compilare e leggere con `pdz import plan`
help-pdz-import-plan = Un intero piano tenuto in una cartella di lavoro (`.xlsx`, `.xls`, `.ods`) nel formato di `pdz init --workbook`: fogli Piano, Comuni, Aree, Fondi, Interventi, Bilancio
help-pdz-import-plan--file = La cartella di lavoro del piano
help-pdz-import-plan--output = Scrivi qui il file del piano (in modo atomico) invece che su standard output
import-merge-not-folder = `{ $path }` non è la cartella di un piano: `--into` vuole la cartella del piano in cui unire il foglio
import-merge-no-plan = il piano in `{ $path }` non si legge (titolo, periodo o ambito mancanti): correggilo con `pdz check`, poi importa
import-merge-header = Interventi nuovi importati da { $file } con `pdz import budget --into`: completali (LEPS, destinatari, comuni)
import-merge-broken = l'unione renderebbe illeggibile un file del piano: nulla è stato scritto (è un difetto di pdz: segnalalo con il foglio)
import-merged = unito nel piano: { $updated ->
        [one] 1 intervento aggiornato
       *[other] { $updated } interventi aggiornati
    }, { $added ->
        [one] 1 aggiunto
       *[other] { $added } aggiunti
    }, { $unchanged ->
        [one] 1 invariato
       *[other] { $unchanged } invariati
    }, in { $files ->
        [one] 1 file
       *[other] { $files } file
    }; { $errors ->
        [0] il piano non ha errori
        [one] il piano ha 1 errore (`pdz check` lo mostra)
       *[other] il piano ha { $errors } errori (`pdz check` li mostra)
    }
import-merge-by-hand = `{ $intervention }`: il bilancio è scritto in forma compatta (o è vuoto) e le sue righe cambiano: scrivilo a mano, { $lines }
help-pdz-import-budget--into = Unisci invece in questo piano: il bilancio di ogni intervento del foglio sostituisce il suo nei file del piano, ogni altro campo resta; gli interventi nuovi vanno in un file a sé

# pdz serve: the plan in the browser
serve-started = pdz serve: il piano è su { $url } (Ctrl+C per fermare; le pagine si aggiornano quando i file cambiano)
serve-no-browser = pdz serve: nessun browser avviato ({ $error }): apri tu l'indirizzo qui sopra
serve-remote-needs-flag = { $address } non è un indirizzo di questa macchina soltanto: chiunque in rete vedrebbe il piano. Aggiungi `--allow-remote` se è quello che vuoi
serve-remote-warning = attenzione: il piano è visibile da altre macchine su { $address } (nessuna autenticazione; solo lettura)
serve-bind-failed = non posso ascoltare su { $address }: { $error }
serve-watch-failed = non posso seguire le modifiche dei file ({ $error }): ricarica la pagina a mano
serve-skip = Vai al contenuto
serve-navigation = Navigazione del piano
serve-overview = Panoramica
serve-findings = Rilievi
serve-reports = Report
serve-council = Documento per il consiglio comunale
serve-changes = Modifiche
serve-files = File del piano
serve-plans = Piani
serve-aggregate = Confronto tra i piani
serve-other-lang = English
serve-year = Anno
serve-all-years = Tutti gli anni
serve-area = Area
serve-all-areas = Tutte le aree
serve-by = Quadro per
serve-by-default = fonte di finanziamento
serve-detail = Dettaglio per intervento
serve-apply = Mostra
serve-downloads = Scarica
serve-comune = Comune
serve-whole-ambito = Tutto l'ambito
serve-revision = Revisione git
serve-revision-help = Un ramo, un'etichetta o un commit (main, v1.0, HEAD~1): il piano com'era lì, confrontato con i file di adesso.
serve-severity = Gravità
serve-count = Quanti
serve-errors = Errori
serve-warnings = Avvisi
serve-infos = Informazioni
serve-no-findings = Nessun rilievo: il piano supera ogni controllo.
serve-line = riga { $line }, colonna { $column }
serve-related = Vedi anche
serve-help = Come correggere
serve-period = Periodo
serve-ambito = Ambito
serve-comuni = Comuni
serve-interventions = Interventi
serve-live = Le pagine si aggiornano da sole quando un file del piano cambia.
serve-unavailable-title = Il piano ha errori
serve-unavailable = { $errors ->
        [one] Il piano ha 1 errore: i report tornano appena è corretto (la pagina si aggiorna da sola).
       *[other] Il piano ha { $errors } errori: i report tornano appena sono corretti (la pagina si aggiorna da sola).
    }
serve-unreadable-title = Il piano non si legge
serve-not-found = Pagina non trovata
serve-not-found-text = Qui non c'è niente: torna alla panoramica.
serve-bad-request = Richiesta non valida
serve-failed = Questa pagina non si è potuta fare
serve-bad-revision = `{ $revision }` non è il nome di una revisione git (un ramo, un'etichetta, un commit, HEAD~1)
serve-file-lines = { $lines ->
        [one] 1 riga
       *[other] { $lines } righe
    }
serve-bad-format = `{ $format }` non è un formato: pdf, xlsx, ods, csv, json, md, html
serve-io = errore di rete: { $error }
help-pdz-serve = Mostra il piano nel browser, aggiornato mentre si modificano i suoi file (un server web locale)
help-pdz-serve--path = Il piano: una cartella o un file, o una cartella di piani
help-pdz-serve--port = La porta su cui ascoltare (0: una porta libera qualsiasi)
help-pdz-serve--bind = L'indirizzo su cui ascoltare (un indirizzo IP, o `localhost`); uno raggiungibile da altre macchine richiede `--allow-remote`
help-pdz-serve--allow_remote = Lascia vedere il piano ad altre macchine (nessuna autenticazione; solo lettura)
help-pdz-serve--allow_host = Un nome di host con cui le pagine possono essere chieste, oltre all'indirizzo su cui il server ascolta (e a `localhost` se è di loopback): un nome di questa macchina, con `--allow-remote`
help-pdz-serve--open = Apri la panoramica nel browser
serve-all-reports = Tutti i report in un documento
serve-read-only = pdz serve mostra il piano e basta: accetta solo richieste GET e HEAD
serve-uri-too-long = indirizzo troppo lungo (al massimo { $limit } byte)
serve-one-host = la richiesta deve avere una e una sola intestazione Host
serve-wrong-host = pdz serve risponde solo al proprio indirizzo: l'intestazione Host nomina un altro server (un nome si aggiunge con `--allow-host`)
serve-internal-error = errore interno nel preparare la pagina (il server continua): segnalalo, per favore
serve-too-long = la pagina non è stata pronta entro { $seconds } secondi: riprova fra poco
serve-unknown-revision = `{ $revision }` non è una revisione del repository git del piano (un ramo, un'etichetta, un commit, HEAD~1)
serve-plan-not-in-revision = nella revisione `{ $revision }` il piano non c'è ancora
serve-no-repository = la cartella del piano non è in un repository git: le modifiche si vedono rispetto a una revisione git
serve-file-changes = modifiche
serve-file-council = consiglio
serve-file-aggregate = confronto-piani
serve-port-taken = la porta { $port } è già usata da un altro programma (forse un altro `pdz serve`): scegline un'altra con `--port`, o `--port 0` per una libera qualsiasi
serve-port-denied = non è permesso usare la porta { $port } (le porte sotto la 1024 sono riservate): scegline un'altra con `--port`
serve-address-unavailable = { $address } non è un indirizzo di questa macchina: indica con `--bind` uno dei suoi, o lascia 127.0.0.1
