# pdz message catalogue in English (with --lang en or PDZ_LANG=en).
# Every key must also exist in it.ftl (a test checks it).

## Severities
severity-error = error
severity-warning = warning
severity-info = info
severity-help = help

## Kinds of value
kind-text = text
kind-integer = a whole number
kind-number = a number
kind-bool = true/false
kind-list = a list
kind-mapping = a mapping (key: value)
kind-nothing = nothing

## Kinds of plan element
kind-area = area
kind-comune = comune
kind-holder = member or comune
kind-fund = fund allocation
kind-intervention = intervention
kind-leps = LEPS
kind-need = need
kind-programme = programme

## Labels
label-first-here = first defined here
label-period-here = plan period

## Recurring help
help-did-you-mean = did you mean `{ $suggestion }`?
help-expected-one-of = allowed values: { $expected }
help-write = write `{ $fix }`
help-amount-form = write the amount in euro with at most two decimals and a decimal point, e.g. `80000` or `80000.50`
help-quote-text = put the text in quotes
help-true-false = write `true` or `false`
help-integer = write a whole number without separators, e.g. `19577`

## Files and YAML
file-unreadable = cannot read the file: { $error }
file-dir-unreadable = cannot read the directory: { $error }
file-link-outside = symbolic link to a path outside the plan: not read
file-none-readable = no file of the plan can be read
file-not-regular = not a regular file (a pipe, a socket or a device): not read
file-link-broken = broken or looping symbolic link: not read
file-nearly-plan = the name looks like a plan file's but does not end in `.yaml` or `.yml`: not read (rename it if it belongs to the plan)
yaml-syntax = invalid YAML: { $detail }
yaml-syntax-help = check the indentation (spaces only, aligned), the quotes and the brackets `[ ]` and `{"{"} {"}"}`
yaml-colon-in-flow = a `:` inside a bracketed list `[ ]` or mapping `{"{"} {"}"}`: perhaps a bracket opened before was never closed
yaml-colon-in-flow-help = close the `[` or `{"{"}` opened before this line, or quote the value
yaml-colon = a `:` where none is expected: text containing `: ` must be quoted
yaml-colon-help = quote the value, e.g. `title: "Plan: 2025-2027"`, or check the line's indentation
yaml-dash = a list item `-` where none is expected
yaml-dash-help = align the `-` with the other items of the same list, under the key that holds it
yaml-expected-key = a line that is neither a key (`key: value`) nor a list item
yaml-expected-key-help = check the indentation: every line of a section starts at the same column as the others
yaml-open-list = a list in `[ ]` not closed, or without `,` between items
yaml-open-list-help = close the list with `]` and separate items with `,`
yaml-open-mapping = a mapping in `{"{"} {"}"}` not closed, or without `,` between entries
yaml-open-mapping-help = close the mapping with `{"}"}` and separate entries with `,`; an Italian amount `1.000,00` is written `1000.00`
yaml-bad-start = a character that cannot start a value (`@`, `` ` ``, `%`…)
yaml-bad-start-help = quote the value
yaml-open-quote = quotes not closed
yaml-open-quote-help = close the text with the quote it opens with (`"…"` or `'…'`); inside `'…'` an apostrophe is written `''`
yaml-no-value = a value is missing where one is expected
yaml-no-value-help = write the value after `:` or `-`, or remove the line
yaml-expected-dash = in a list every item starts with `-`
yaml-expected-dash-help = add `- ` at the start of the item, aligned with the others
yaml-unknown-anchor = alias `*…` with no anchor `&…` defined before it
yaml-unknown-anchor-help = define the anchor `&name` before using `*name`, or write the value in full
yaml-tab-in-value = a tab inside a value
yaml-indentation = invalid indentation
yaml-indentation-help = indent with spaces only, aligning the lines of the same level
yaml-tabs = tab used for indentation
yaml-tabs-help = YAML indents with spaces only: replace the tab with two spaces
yaml-multiple-documents = the file holds several YAML documents (`---`)
yaml-multiple-documents-help = a plan file holds one document: split it into several files
yaml-not-utf8 = the file is not UTF-8 encoded
yaml-not-utf8-help = save the file as UTF-8 (in the spreadsheet or the editor: "UTF-8")

## Limits
limit-file-size = file too large ({ $bytes } bytes; at most { $limit })
limit-plan-size = plan too large: its files together exceed { $limit } bytes
limit-files = too many files in the plan (at most { $limit })
limit-population = implausible population for a comune ({ $population } residents; at most { $limit })
limit-population-help = write the comune's residents on 1 January (ISTAT), without separators: `8000`
limit-folder-depth = folder too deep in the plan (at most { $limit } levels below the plan's folder): not read
file-root-outside = the plan's folder is a symbolic link out of the folder it is in: not read
limit-depth = nesting too deep (at most { $limit } levels)
limit-nodes = too many values for the size of the file (aliases expanded too often?)
limit-nodes-help = a plan needs no repeated YAML aliases: write the values out
limit-string = text too long ({ $bytes } bytes; at most { $limit })
limit-period = plan period too long ({ $years } years; at most { $limit })
limit-comuni = too many comuni in the ambito (at most { $limit }): this is the first beyond the limit
limit-allocations = too many fund allocations (at most { $limit }): this is the first beyond the limit

## Format (schema)
schema-unknown-field = unknown field `{ $field }`
schema-duplicate-key = key `{ $key }` written twice
schema-invalid-type = wrong kind of value: expected { $expected }, found { $found }
schema-missing-field = missing required field `{ $field }`
schema-unknown-word = value not allowed: `{ $word }`
schema-other = invalid value: { $detail }
schema-id-not-slug = `{ $text }` is not a valid id: use only lowercase letters, digits, `.`, `_` and `-`
schema-year = `{ $text }` is not a year: write four digits, e.g. `2022`
schema-date = `{ $text }` is not a valid date: write YYYY-MM-DD, e.g. `2024-12-31`
schema-number = `{ $text }` is not a valid number: digits with at most two decimals, e.g. `12.5`
schema-percent = `{ $text }` is not a percentage between 0 and 100
schema-no-version = no file of the plan declares the format version
schema-no-version-help = add `pdz: 1` at the top of one of the files (usually plan.yaml)
schema-version = format version { $found } is not supported: this pdz reads version { $supported }
schema-no-section = the `{ $section }` section is missing
schema-section-twice = the `{ $section }` section is defined more than once
schema-no-comuni = the ambito must have at least one comune
schema-period-order = period reversed: the first year { $from } comes after the last year { $to }
schema-comuni-word = `{ $word }` is not a valid value for `comuni`
schema-comuni-word-help = write `all` or a list of comune ids, e.g. `[casarano, matino]`
schema-leps-reason = the national LEPS `{ $leps }` is made optional without a reason
schema-leps-reason-help = add `reason:` with the motivation (e.g. the regional act that provides for it)
schema-unknown-check = unknown check `{ $code }`
schema-check-fixed = the level of the check `{ $code }` cannot be changed: a plan that cannot be read cannot be checked

## Amounts
amount-not-a-number = `{ $text }` is not an amount
amount-negative = negative amount `{ $text }`: plan amounts are never negative
amount-decimals = amount `{ $text }` has more than two decimals
amount-ambiguous = ambiguous amount `{ $text }`: the dot may separate thousands ({ $thousands }) or decimals ({ $decimal })
help-amount-ambiguous = write `{ $thousands }` if the dot separates thousands, `{ $decimal }` if it separates decimals: plan files use the dot for decimals only
amount-exponent = amount `{ $text }` in exponent notation
amount-not-finite = `{ $text }` is not a finite amount
amount-overflow = amount `{ $text }` is too large
amount-italian = amount `{ $text }` written the Italian way: plan files use a decimal point and no thousands separator
amount-separators = amount `{ $text }` has separators or a currency sign

## References and ids
duplicate-id = { $kind } `{ $id }` defined twice
unknown-reference = { $kind } `{ $id }` does not exist
year-outside-period = year { $year } is outside the plan period ({ $from }-{ $to })

## Funds
fund-overallocated = { $fund }: { $programmed } programmed of { $available } available (+ { $excess })
fund-overallocated-year = { $fund }, year { $year }: { $programmed } programmed of { $available } set for the year (+ { $excess })
fund-overallocated-help = reduce the budget lines on this allocation or move them to another one; the largest are shown above
label-line = { $amount } for `{ $intervention }`
fund-underallocated = { $fund }: { $remaining } not programmed of { $available } available
fund-underallocated-help = programme the rest on an intervention, or correct the available amount
fund-deadline = { $fund }: spending in { $year } after the spending deadline of { $deadline }
fund-deadline-help = spending on this allocation is eligible until { $deadline } ({ $source }): move it to an earlier year or to another allocation
label-deadline-here = spending deadline
fund-earmark-help-region = { $missing } more must go to interventions for these target groups ({ $source }); the share binds the Region's allocation as a whole: if the Region meets it with other ambiti, or sets another share, write it in `programmes`
fund-before-annualita = { $fund }: { $amount } programmed in { $year }, before the allocation's annualità { $annualita }
fund-before-annualita-help = the money of annualità { $annualita } does not exist before { $annualita }: move the line to { $annualita } or later, or use an allocation of an earlier annualità
label-annualita-here = annualità of the allocation
fund-scope = { $fund }: intervention `{ $intervention }` has no target group and no LEPS the fund may pay for
fund-scope-help = the fund pays for interventions for the target groups { $targets } or guaranteeing the LEPS { $leps } ({ $source }): add the target group or LEPS the intervention really serves, or fund it from another fund
fund-earmark = { $fund }: { $earmarked } ({ $share }) to interventions for { $targets }; the minimum share is { $min }
fund-earmark-help = { $missing } more must go to interventions for these target groups ({ $source })
pnrr-cap = { $fund }: { $amount } above the per-project amount of { $cap } (+ { $excess })
pnrr-cap-help = a project cannot exceed the amount of its call ({ $source })
pnrr-missing-cup = intervention `{ $intervention }` funded by { $fund } has no CUP code
pnrr-missing-cup-help = add `cup:` with the Codice Unico di Progetto (15 characters, capital letters and digits)
pnrr-invalid-cup = invalid CUP code `{ $cup }`

## LEPS, staff, coverage
leps-not-covered = LEPS `{ $leps }` ({ $name }) has no funded intervention in { $years }
leps-not-covered-help = list the LEPS in `leps:` of an intervention funded in those years; if it is not due, declare it in `leps` with `required: false` and a `reason`
staffing-no-staff = the plan has no `staff` section: the ratio of social workers to residents cannot be checked
staffing-no-staff-help = add `staff:` with the social workers (`role: assistente-sociale`, `fte`, `contract: permanent`)
staffing-one-every = 1 per { $residents } residents
staffing-none = none
staffing-ratio = social workers: { $fte } permanent ({ $ratio }), { $all } with any contract ({ $all_ratio }), for { $population } residents; the LEP of 1 per 5,000 needs { $lep }, the objective of 1 per 4,000 { $objective }
staffing-reading-all-met = counting permanent staff only (the contribution's basis, c. 797) the LEP is not met; counting every social worker employed in the territorial services (the wording of c. 797) it is: published readings differ
staffing-reading-all-not-met = the LEP is not met counting permanent staff only (the contribution's basis) nor counting every social worker employed
staffing-ratio-help = { $reading }. Yearly State contribution for permanent staff (L. 178/2020, c. 797: € 40,000 per social worker beyond 1:6,500 up to 1:5,000, € 20,000 beyond 1:5,000 up to 1:4,000): { $now } with the current staff, { $at_lep } with { $lep } (LEP), { $at_objective } with { $objective } (objective)
intervention-unfunded = intervention `{ $intervention }` has no money in { $years }
intervention-unfunded-help = add the money of those years to `budget`, or end the intervention earlier
comune-not-served = area `{ $area }`: no funded intervention reaches { $comuni }
comune-not-served-help = extend `comuni` of an intervention of the area (or use `comuni: all`), or add an intervention for these comuni

## Monitoring
actual-duplicate = committed and paid of `{ $intervention }`, { $year }, `{ $fund }` declared twice
actual-unknown-line = `{ $intervention }` has no budget line on `{ $fund }` in { $year }
actual-unknown-line-funds = in { $year } the intervention has money from: { $funds }
actual-unknown-line-no-money = `{ $intervention }` has no money in { $year }: add the line to its `budget` first
label-intervention-here = the intervention
committed-exceeds-programmed = `{ $intervention }`, { $year }, `{ $fund }`: { $committed } committed of { $programmed } programmed (+ { $excess })
committed-exceeds-programmed-help = check the act of commitment; if the amount is right, re-allocate the budget line first
paid-exceeds-committed = `{ $intervention }`, { $year }, `{ $fund }`: { $paid } paid of { $committed } committed (+ { $excess })
paid-exceeds-committed-help = payments are made against a commitment: update committed and paid to the same date
label-committed-here = committed
actual-stale = `{ $intervention }`, { $year }, `{ $fund }`: figures at { $date }, more than a year before the newest ({ $newest })
label-newest-here = newest figures

## check command
check-summary = { $path }: { $errors ->
        [0] no errors
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [0] no warnings
        [one] 1 warning
       *[other] { $warnings } warnings
    }{ $infos ->
        [0] {""}
       *[other] , { $infos } info
    }
sarif-srcroot = The root of the repository pdz ran in: file paths are relative to it.
junit-rule-skipped = not run: the checks on funds, LEPS and staff run once the errors are fixed
check-rules-skipped = (the checks on funds, LEPS and staff run once the errors are fixed)
io-not-found = the file or folder does not exist
io-permission-denied = permission denied: pdz cannot read or write it
io-already-exists = it already exists
io-is-a-directory = it is a folder, not a file
io-not-a-directory = a part of the path is not a folder
io-directory-not-empty = the folder is not empty
io-read-only = the disk is read-only
io-storage-full = the disk is full
io-invalid-data = its content cannot be read
io-other = system error ({ $detail })
output-missing-dir = the folder `{ $path }` does not exist: create it first, or choose another destination
output-would-overwrite = `{ $path }` is a file of the plan: pdz does not overwrite it
output-io = `{ $path }`: { $reason }
output-is-a-folder = `{ $path }` is a folder: name a file to write into
output-not-a-folder = `{ $path }` is not a folder: CSV of several tables goes into a folder, one file per table
output-unknown-extension = `{ $path }`: pdz does not know the extension `.{ $extension }`; the known formats are { $known }
usage-invalid-value = invalid value `{ $value }` for `{ $arg }`
usage-unknown-argument = unknown argument `{ $arg }`
usage-unknown-command = unknown command `{ $command }`
usage-missing = required arguments missing: { $args }
usage-missing-command = a command is missing
usage-conflict = `{ $arg }` cannot be used with `{ $other }`
usage-valid = possible values: { $values }
usage-did-you-mean = did you mean { $suggestion }?
usage-line = Usage: { $usage }
usage-more = For more information, try `pdz --help`.
findings-not-shown = … and { $count ->
        [one] 1 more finding not shown
       *[other] { $count } more findings not shown
    } (at most { $per_file } per file and { $shown } in all are shown; `--format json` lists them all)
error-path = pdz: cannot open `{ $path }`: { $error }
error-no-plan-files = pdz: no .yaml or .yml file in `{ $path }`
error-revision = pdz: cannot read `{ $spec }`: { $reason }
git-not-found = the git command is not available ({ $error })
git-not-a-repository = the current directory is not in a git repository
git-unknown-revision = `{ $revision }` is not a revision of the repository
git-not-in-revision = `{ $path }` does not exist at revision `{ $revision }`
git-no-plan-files = no .yaml or .yml file at that path
git-failed = git: { $error }

## explain command
explain-severity = Default severity: { $severity }; change it in the plan's `checks:` or with `--allow`/`--deny`.
explain-severity-fixed = Severity: { $severity }; it cannot be changed.
explain-more = `pdz explain CODE` explains a check.
explain-parameters = Parameters of pdz's catalogue (each with its source; a plan changes them in `programmes` or `leps`):
explain-parameter-source = Source: { $source }
parameter-spend-by = spending eligible until { $date }
parameter-cap = at most { $cap } per project
parameter-cup = a CUP is required on every funded intervention
parameter-earmark-region = at least { $min } to interventions for { $targets }, { $years }; binds the Region's quota as a whole: a warning for one ambito
parameter-earmark-allocation = at least { $min } to interventions for { $targets }, { $years }, on each allocation
parameter-scope = only interventions for { $targets } or guaranteeing { $leps }
parameter-leps-required = required, in force { $years }
parameter-leps-optional = not required, in force { $years }: { $reason }
parameter-years-from = from { $from }
parameter-years-until = until { $until }
parameter-years-between = from { $from } to { $until }
parameter-years-one = of { $year }
parameter-years-always = in every year
parameter-annualita-from = for the annualità from { $from }
parameter-annualita-until = for the annualità until { $until }
parameter-annualita-between = for the annualità from { $from } to { $until }
parameter-annualita-one = for the annualità { $year }
parameter-annualita-always = for every annualità
parameter-staffing = LEP 1 social worker per { $lep } residents, objective 1 per { $objective }; yearly contribution { $first } per permanent social worker beyond 1 per { $start } up to the LEP, { $second } beyond the LEP up to the objective

## Report
report-summary = The plan at a glance
report-budget = Budget (quadro finanziario)
report-funds = Fund allocations
report-leps = Essential levels (LEPS)
report-comuni = The comuni
report-interventions = The interventions
report-staffing = Social workers
report-needs = Needs of the territory
report-execution = Execution: programmed, committed, paid
execution-as-of = Cumulative figures at { $date }, declared in the plan's actuals section; budget lines without figures count as zero. The residui are the money programmed and not yet committed.
execution-no-date = Figures declared in the plan's actuals section; budget lines without figures count as zero. The residui are the money programmed and not yet committed.
execution-no-actuals = The plan has no monitoring figures yet (actuals section): committed and paid are zero.
execution-by-area = Execution by strategic area
execution-by-fund = Execution by fund allocation
execution-by-year = Execution by plan year
execution-by-intervention = Execution by intervention
execution-lines = Budget lines with committed and paid money
col-committed = Committed
col-paid = Paid
col-residui = Residui (not committed)
col-carried-forward = Carried forward
col-savings = Savings
col-returned = Returned
col-residui-unsplit = Residui not split
cell-unknown = n/a
execution-unknown = Figures not available (n/a): committed on { $committed } lines, paid on { $paid }; lines without a figure are left out of the corresponding rate, not counted as zero.
col-commitment-rate = Committed of programmed
col-payment-rate = Paid of committed
chart-execution = Programmed, committed and paid by area
chart-execution-description = Horizontal bars: for each strategic area the money programmed, committed and paid; in all { $programmed } programmed, { $committed } committed, { $paid } paid. The figures are in the table that follows.
document-subtitle = { $ambito } · { $period }{ $scope }
scope-year = year { $year }
scope-area = area: { $area }
summary-facts = Key facts
summary-by-year = Money by year
summary-by-kind = Money by kind of source
summary-by-holder = Money by holder: health authorities, comuni, other funders
holder-health = Health authorities
holder-comuni = Comuni of the ambito (not split)
summary-by-area = Money by strategic area
summary-by-area-kind = Money by area and kind of source
fact-ambito = Ambito
fact-period = Period
fact-comuni = Comuni
fact-population = Residents
fact-areas = Strategic areas
fact-interventions = Interventions
fact-funds = Fund allocations
fact-leps-covered = LEPS guaranteed every year
fact-leps-covered-value = { $covered } of { $required }
fact-total = Total programmed
chart-area-by-kind = Money by strategic area and kind of source
chart-area-by-kind-description = Horizontal bars: for each strategic area the money programmed, split by kind of source; { $total } in all. The figures are in the table that follows.
budget-quadro = Budget by area, allocation and year
budget-detail = Budget by intervention, allocation and year
budget-lines = Budget lines
funds-table = Allocations: available, programmed and remaining
chart-fund-use = Share programmed of each allocation
chart-fund-use-description = Horizontal bars: the percentage programmed of each allocation; { $programmed } of { $available } in all. The figures are in the table that follows.
leps-table = LEPS by year: money of the interventions that guarantee them
leps-staffing-met = The row of the professional social service shows the interventions' money; its essential level, 1 social worker per 5,000 residents, is met even counting permanent staff only (section "Social workers").
leps-staffing-readings = The row of the professional social service shows the interventions' money; its essential level, 1 social worker per 5,000 residents, is met counting every contract but not counting permanent staff only: published readings differ (section "Social workers").
leps-staffing-not-met = The row of the professional social service shows the interventions' money; its essential level, 1 social worker per 5,000 residents, is not met (section "Social workers").
leps-sources-table = Legal sources of the LEPS
leps-in-force-from = from { $year }
leps-in-force-until = until { $year }
cell-not-in-force = not in force
col-in-force = In force
col-legal-source = Legal source
row-required-in-force = Required LEPS in force
row-required-covered = Required LEPS guaranteed
comuni-table = Comuni: residents, services, co-financing
comuni-health-not-attributed = The health authorities' money ({ $health }, the health share of socio-sanitary services) stays theirs and is attributed to no comune; with it, the interventions' money is { $total }.
chart-per-resident = Money per resident in each comune
chart-per-resident-description = Horizontal bars: the money of the interventions reaching each comune, shared by population, per resident; the ambito's average is { $average }. The figures are in the table that follows.
comuni-all = all
interventions-list = Interventions by strategic area
scheda-facts = Fact sheet
scheda-budget = Money by source and year
scheda-indicators = Indicators
target-minori = minors
target-famiglie = families
target-giovani = young people
target-adulti = adults
target-anziani = older people
target-anziani-non-autosufficienti = non-self-sufficient older people
target-disabili = people with disabilities
target-disabilita-gravissima = people with very severe disabilities
target-poverta = people in poverty
target-senza-dimora = homeless people
target-donne-vittime-violenza = women victims of violence
target-immigrati = immigrants
target-dipendenze = people with addictions
target-comunita = the whole community
role-assistente-sociale = social worker
role-educatore = educator
role-psicologo = psychologist
role-amministrativo = administrative staff
role-oss = social care worker
role-mediatore-culturale = cultural mediator
management-direct = direct
management-contracted = contracted out
management-accredited = accredited providers
management-co-designed = co-designed with the third sector
management-delegated-asl = delegated to the ASL
management-vouchers = vouchers
status-new = new
status-continued = continued
status-strengthened = strengthened
staffing-ratio-table = Social workers per resident
staffing-permanent = Permanent social workers (full-time equivalents)
staffing-ratio-now = Ratio of permanent staff
staffing-needed-lep = Needed for the LEP (1 per 5,000)
staffing-needed-objective = Needed for the objective (1 per 4,000)
staffing-meets-lep = LEP met counting permanent staff (the contribution's basis)
staffing-meets-lep-all = LEP met counting every contract (social workers employed in the territorial services)
staffing-all = Social workers with any contract (full-time equivalents)
staffing-ratio-all = Ratio with any contract
staffing-bands = Yearly State contribution (L. 178/2020, c. 797)
staffing-band = beyond 1 per { $from } up to 1 per { $to }
staffing-list = Staff of the ambito
contract-permanent = permanent
contract-fixed-term = fixed-term
contract-external = external
needs-table = Needs of the territory and interventions of the area
needs-area-interventions = Interventions of the area
needs-none = The plan records no measured needs (section `needs`).
col-amount = Amount
col-annualita = Fund year
col-area = Strategic area
col-available = Available
col-band = Band
col-baseline = Baseline
col-cofinancing = Co-financing, total
col-cofinancing-per-resident = Co-financing per resident
col-comune = Comune
col-comuni = Comuni
col-contract = Contract
col-contribution-lep = At the LEP ({ $workers } permanent)
col-contribution-now = With the current staff
col-contribution-objective = At the objective ({ $workers } permanent)
col-cup = CUP
col-deadline = Spending deadline
col-fte = Full-time equivalents
col-fund = Allocation
col-fund-kind = Kind of source
col-holder = Holder
col-id = Id
col-indicator = Indicator
col-intervention = Intervention
col-interventions = Interventions
col-interventions-reaching = Interventions reaching it
col-istat = ISTAT code
col-item = Item
col-leps = LEPS
col-management = Management
col-money = Money
col-money-reaching = Money attributed
col-need = Need
col-per-resident = Per resident
col-per-worker = Per social worker
col-population = Residents
col-programme = Programme
col-programmed = Programmed
col-provider = Provider
col-remaining = Remaining
col-required = Required
col-role = Role
col-share = Share
col-source = Source
col-status = Status
col-target = Target
col-targets = Target groups
col-total = Total
col-unit = Unit
col-used = Programmed %
col-value = Value
col-year = Year
row-total = Total
row-subtotal = Subtotal
cell-yes = yes
cell-no = no
kind-eu = European Union
kind-pnrr = PNRR
kind-national = National funds
kind-regional = Regional funds
kind-municipal = Comuni
kind-health = Health (ASL)
kind-users = Users
html-contents = Contents
html-date = Date
html-see-table = See the table.
html-generated = Document produced by pdz from the plan's files.
html-table-part = part { $part } of { $parts }
report-plan-has-errors = the plan has { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }: no report written (with `--allow-errors` it is written under a warning)
report-banner-errors = Warning: the plan has { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }; the figures may be incomplete or wrong.
report-bad-year = year { $year } is not in the plan period ({ $from }-{ $to })
report-bad-area = area `{ $area }` does not exist: { $help }
report-bad-date = `{ $date }` is not a date: write YYYY-MM-DD or `today`
report-template-dir = template directory cannot be used: { $error }
report-workbook = cannot build the spreadsheet: { $error }
workbook-about = Plan
workbook-plan = Plan
workbook-ambito-period = Ambito and period
workbook-warning = Warning
workbook-date = Date
workbook-sources = Source files
workbook-version = Made with
workbook-sheet-plan = The plan and the ambito (one row)
workbook-sheet-comuni = The comuni of the ambito
workbook-sheet-areas = The strategic areas
workbook-sheet-funds = The fund allocations
workbook-sheet-interventions = The interventions
workbook-sheet-budget = The budget lines: intervention, year, allocation, amount
workbook-sheet-notes-name = Notes
workbook-notes-title = How to fill in this workbook; then `pdz import plan FILE --output plan.yaml` and `pdz check plan.yaml`
workbook-notes-sheet = Sheet
workbook-notes-column = Column
workbook-notes-holds = Holds
workbook-notes-needed = Required
workbook-needed-yes = yes
workbook-needed-no = no
workbook-holds-reference = the id of a row of the sheet
workbook-holds-id = an id: lower-case letters, digits and dashes (`welfare-accesso`)
workbook-holds-text = text
workbook-holds-year = a four-digit year
workbook-holds-amount = an amount in euro, to the cent (`1234.50`)
workbook-holds-count = a whole number
workbook-holds-id-list = ids separated by commas
workbook-holds-code = the six-digit ISTAT code, as text (`075016`)
import-missing-sheet-one = the sheet `{ $sheet }` is missing
import-missing-sheet = the sheet `{ $english }` (or `{ $sheet }`) is missing
import-bad-count = `{ $text }` is not a whole number
import-unknown-reference = `{ $text }` is the id of no row of the sheet `{ $sheet }`
import-plan-header = Imported with `pdz import plan` from { $file }. Complete the plan (LEPS, targets, management); then `pdz check`.
init-workbook-done = wrote `{ $path }`: fill in the sheets, then `pdz import plan { $path } --output plan.yaml`
report-template = invalid template: { $error }
report-council-comune = the council document needs `--comune ID` (or `--comune all` for the whole ambito)
report-comune-only-council = `--comune` only goes with `pdz report council`
report-unknown-comune = comune `{ $comune }` is not in the ambito: { $help }
report-no-chromium = printing the PDF needs Chromium, which is not installed: install the `chromium` package (Debian and Ubuntu: `sudo apt install chromium`), or name the program in the PDZ_CHROMIUM variable
report-pdf = cannot print the PDF: { $error }
output-written = wrote `{ $path }` ({ $sections ->
    [one] 1 section
   *[other] { $sections } sections
})
output-written-folder = wrote { $files } files in `{ $path }`
report-output = cannot write the report: { $error }

## Council document
council-subtitle = Document for the town council
council-recipient = Comune of { $comune }
council-recipient-all = All the comuni of the { $ambito }
council-period = Planning period { $period }
council-residents = Residents: { $residents }
council-residents-at = Residents: { $residents } (at { $date })
council-approvals = Approval acts
council-brief = The plan in brief
council-contribution = Municipal co-financing
council-contribution-intro = The comune takes part in the money shared by population in proportion to its residents: { $residents } of { $population } ({ $share }). The shares are computed to the cent and add up exactly to the ambito's amount.
council-contribution-table = The comune's share of each allocation shared by population
council-contribution-table-all = Each comune's share of the allocations shared by population
council-no-split = The plan shares no money among the comuni by population.
council-services = What the comune receives
council-services-all = The services of the ambito
council-services-table = Interventions reaching the comune, by strategic area
council-services-table-all = Interventions by strategic area
council-per-resident = Money per resident
council-money-comune = Money of the interventions reaching the comune, attributed by population
council-per-resident-comune = Per resident in { $comune }
council-per-resident-ambito = Per resident, ambito's average
council-per-resident-ratio = Against the ambito's average
council-attribution-note = The money of an intervention is attributed to the comuni it reaches in proportion to their residents, to the cent.
council-leps = The essential levels guaranteed
council-glossary = The funding sources in plain words
council-glossary-table = Glossary
council-needs = Needs of the territory
council-page = Page
html-page-short = p.
council-of = of
col-body = Body
col-act = Act
col-date = Date
col-ambito-amount = Ambito's amount
col-comune-share = The comune's share
col-money-comune = Money for the comune
col-term = Term
col-meaning = What it is
glossary-local = The plan's own source ({ $kind }): { $source }
glossary-builtin = { $kind }: { $source }
glossary-fnps-term = FNPS
glossary-fnps = National fund for social policies: the money the State gives every year to Regions and ambiti for social services. At least half goes to services for children, young people and families.
glossary-qsfp-term = Poverty Fund, services share (QSFP)
glossary-qsfp = Pays for services to people and families in poverty who receive the inclusion allowance: case management, work placements, educational support.
glossary-qpe-term = Poverty Fund, extreme poverty share (QPE)
glossary-qpe = Pays for services to homeless people and people in extreme poverty, such as emergency social services and a registered address.
glossary-fna-term = FNA
glossary-fna = Fund for non-self-sufficiency: pays for home care and services for dependent older people and people with severe disabilities.
glossary-dopo-di-noi-term = Dopo di noi (After us)
glossary-dopo-di-noi = Fund for people with severe disabilities without family support (L. 112/2016): plans for an independent life outside the family home.
glossary-famiglia-term = Family policies fund
glossary-famiglia = State fund for services supporting families and parenting.
glossary-antiviolenza-term = Anti-violence funds
glossary-antiviolenza = State funds for the anti-violence centres and shelters that take in women victims of violence and their children.
glossary-fgsa-term = FGSA
glossary-fgsa = Regional social fund: the money the Puglia Region gives the ambiti for social services.
glossary-pon-term = PON and PN Inclusione
glossary-pon = European Union programmes (European Social Fund) for social inclusion and against poverty: the 2014-2020 PON pays for spending until 31/12/2023, the 2021-2027 PN for later spending.
glossary-prins-term = PrInS
glossary-prins = Social intervention projects: a call funded by the European Union (REACT-EU) for emergency social services and services for homeless people, with spending until 31/12/2023.
glossary-pnrr-term = PNRR
glossary-pnrr = National recovery and resilience plan, Mission 5: projects paid by the European Union (Next Generation EU) for families, older people, people with disabilities and homeless people. Each project has a maximum amount and must end by 2026.
glossary-comuni-term = Municipal co-financing
glossary-comuni = The part the comuni of the ambito pay from their own budgets, usually shared in proportion to their residents.
glossary-asl-term = ASL money
glossary-asl = Money of the local health authority for services that combine social and health care, such as integrated home care.
glossary-utenti-term = User contributions
glossary-utenti = What the people using a service pay, according to their ISEE (means test).
glossary-regionale-term = Other regional funds
glossary-regionale = Regional money for specific services, such as vouchers for childcare, older people and people with disabilities.
glossary-leps-term = LEPS
glossary-leps = Essential levels of social services: the services every ambito must guarantee to its residents, everywhere in Italy (L. 234/2021).
glossary-leps-entry = Essential level the plan guarantees. Source: { $source }
glossary-annualita-term = Annualità (fund year)
glossary-annualita = The year a fund's money belongs to: one year's money (e.g. FNPS 2021) is often spent in the following plan year.
council-comparison = Money per resident in the comuni of the ambito

## Comparing versions (pdz diff)
diff-title = { $plan }: two versions compared
diff-subtitle = { $old } → { $new }
diff-summary = Summary
diff-totals = Figures of the two versions
diff-row-programmed = Total programmed
diff-row-interventions = Interventions
diff-row-allocations = Fund allocations
diff-row-available = Money available in the allocations
diff-row-leps-years = LEPS guaranteed (LEPS per year)
diff-row-committed = Committed
diff-row-paid = Paid
diff-changes = What changes
diff-nothing = Both versions plan the same things.
diff-count-added = Interventions added
diff-count-removed = Interventions removed
diff-count-changed = Interventions changed (description)
diff-count-moved = Interventions whose money changed
diff-count-allocations-added = Allocations added
diff-count-allocations-removed = Allocations removed
diff-count-allocations-resized = Allocations re-sized
diff-count-leps-gained = LEPS per year gained
diff-count-leps-lost = LEPS per year lost
diff-count-errors-new = New errors
diff-count-errors-fixed = Errors fixed
diff-count-warnings-new = New warnings
diff-count-warnings-fixed = Warnings fixed
diff-count-decreases = Lines whose committed or paid money went down
diff-interventions = Interventions
diff-added = Interventions added
diff-removed = Interventions removed
diff-changed = Interventions changed
diff-budget = Money: the rimodulazione
diff-budget-interventions = By intervention
diff-budget-areas = By strategic area
diff-budget-funds = By fund allocation
diff-budget-years = By plan year
diff-allocations = Fund allocations
diff-allocations-table = Allocations added, removed or re-sized
diff-allocation-added = added
diff-allocation-removed = removed
diff-allocation-resized = re-sized
diff-leps = LEPS coverage
diff-leps-table = LEPS guaranteed in a year by one version only
diff-leps-gained = gained
diff-leps-lost = lost
diff-findings = Findings of pdz check
diff-findings-table = New and fixed findings
diff-finding-new = new
diff-finding-fixed = fixed
diff-decreases = Monitoring: figures going down
diff-decreases-why = Committed and paid money are cumulative: since the monitoring at 31/12/2024 the Ministry's Piattaforma Multifondo accepts a figure lower than the one already declared only when, on confirming, it is declared a disimpegno (decommitment) or an errore materiale (clerical error) of the previous round. For each of these lines, write in `actuals` which it is (`decrease: disimpegno` or `decrease: errore-materiale`) before sending it.
diff-decreases-table = Lines with lower committed or paid money in the new version
col-decrease-reason = Declared reason
decrease-disimpegno = disimpegno (decommitment)
decrease-errore-materiale = errore materiale (clerical error)
decrease-undeclared = to declare
col-before = Before
col-after = After
col-change = Change
col-change-kind = Change
col-number = Number
col-field = Field
col-outcome = Outcome
col-severity = Severity
col-code = Code
col-place = Where
col-message = Message
col-committed-before = Committed before
col-committed-after = Committed after
col-paid-before = Paid before
col-paid-after = Paid after
field-name = Name
field-description = Description
diff-version-has-errors = pdz: `{ $path }` has { $errors ->
        [one] an error, shown in the comparison: fix it
       *[other] { $errors } errors, shown in the comparison: fix them
    } before approving the version
diff-banner-errors = Warning: { $versions } { $errors ->
        [one] has 1 error, shown
       *[other] has { $errors } errors, shown
    } among the findings of pdz check; the figures may be incomplete or wrong.
diff-banner-unreadable = Warning: `{ $path }` cannot be read as a plan ({ $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }): the versions cannot be compared; here are the findings of pdz check.
diff-title-plain = Two versions of the plan compared
diff-findings-table-all = Findings of the version that cannot be read

## Ambiti compared (pdz aggregate)
aggregate-title = Ambiti compared
aggregate-subtitle = { $plans ->
        [one] one plan
       *[other] { $plans } plans
    }: { $included } in the totals, { $excluded } left out for errors
aggregate-overview = The ambiti compared
aggregate-ambiti = Residents, interventions and money programmed per ambito
aggregate-chart-per-resident = Money programmed per resident
aggregate-chart-per-resident-description = Horizontal bars: for each ambito the money programmed per resident; the average is { $average }. The figures are in the table that follows.
aggregate-by-year = Money by year
aggregate-by-kind = Money by kind of source
aggregate-by-area = Money by strategic area
aggregate-other-areas = Other areas ({ $areas })
aggregate-other-leps = { $leps } other local LEPS, found in fewer ambiti, are not shown.
aggregate-leps = LEPS guaranteed
aggregate-leps-table = Plan years in which each LEPS is guaranteed
aggregate-leps-note = For each ambito and LEPS, the plan years with at least one funded intervention guaranteeing it; the Total row counts the ambiti guaranteeing it in every year.
aggregate-staffing = Social workers
aggregate-staffing-table = Permanent social workers and the LEP of 1 per 5,000 residents
aggregate-meeting = { $meeting } of { $ambiti }
aggregate-excluded = Plans left out for errors
aggregate-excluded-why = These plans have errors: their figures are not in the totals. Fix them with pdz check and compare again.
aggregate-excluded-table = Plans left out
aggregate-errors-table = Errors of the plans left out
aggregate-has-errors = pdz: { $excluded ->
        [one] one of { $plans } plans has errors and is
       *[other] { $excluded } of { $plans } plans have errors and are
    } left out of the totals
col-ambito = Ambito
col-pnrr-share = PNRR share
col-social-workers = Social workers (permanent)
col-residents-per-worker = Residents per social worker
col-meets-lep = LEP 1:5,000 met
col-needed-lep = Needed for the LEP
col-plan = Plan
col-errors = Errors
col-warnings = Warnings
aggregate-by-year-table = Money programmed per ambito and plan year
aggregate-by-kind-table = Money programmed per ambito and kind of source
aggregate-by-area-table = Money programmed per ambito and strategic area

## pdz init
init-bad-period = period { $from }-{ $to } is not valid: the last year comes after the first, for at most { $max } years
init-not-empty = { $dir } is not empty: `pdz init` creates a new plan in a new or empty directory
init-done = Created the plan in { $dir } ({ $files } files). Complete the ambito and its comuni in plan.yaml, then `pdz check { $dir }`: its warnings are what is left to plan (LEPS to guarantee, areas without interventions).

## pdz import
import-workbook-too-large = the sheet `{ $sheet }` has more than { $max } cells (or the file is too large): pdz does not read it
import-workbook-too-wide = the sheet `{ $sheet }` has a value in cell { $cell }, beyond the last column pdz reads ({ $last })
import-not-workbook = the file cannot be read as a workbook (.xlsx, .xls, .ods): { $error }
import-not-utf8 = the file is not UTF-8
import-help-utf8 = export the sheet as "CSV UTF-8"
import-empty = the file is empty: a header row is needed
import-no-rows = no budget rows below the header
import-missing-column = column `{ $column }` (or `{ $italian }`) is missing
import-empty-cell = empty cell
import-bad-id = `{ $text }` is not an id: lowercase letters, digits and dashes
import-help-id = write `{ $fix }`
import-bad-year = `{ $text }` is not a four-digit year
import-ambiguous-amount = amount `{ $text }` is ambiguous: does the point separate thousands or decimals?
import-help-decimal-comma = in a `;`-separated file write decimals with a comma: `1250,00` or `1,25`
import-duplicate-line = the budget line of `{ $intervention }`, { $year }, `{ $fund }` appears twice
import-help-first-row = first at row { $row }
import-disagrees = field `{ $field }` differs from row { $row } of the same intervention
import-bad-row = unreadable row: { $error }
import-failed = nothing was written: { $rows ->
        [one] one problem
       *[other] { $rows } problems
    } in the sheet
import-header = Imported with `pdz import budget` from { $file }: { $rows } budget rows, { $interventions } interventions.
    Complete each intervention with leps, targets, management and comuni; then `pdz check`.
import-ignored-columns = columns not used: { $columns }

## Classifications (axes besides the area)
kind-classification = classification axis
kind-class-code = code
unknown-class-code = code `{ $code }` does not exist on axis `{ $axis }`
schema-class-code = `{ $text }` is not a code: letters, digits and . _ / -, starting with a letter or a digit
schema-class-code-help = write the code without spaces, e.g. `A1.01` or `famiglia-minori`
schema-class-missing = intervention `{ $intervention }` has no code on axis `{ $axis }`, which is required
schema-class-missing-help = add `{ $axis }: CODE` to `classes`; codes: { $codes }
schema-class-reserved = `{ $axis }` is the axis of the strategic areas: it is not declared in `classifications`
schema-class-reserved-help = choose another id, e.g. `regional-areas`
budget-classes = Money by classification
budget-by-class = Money by { $axis }
row-unclassified = Not classified
report-by-only-budget = `--by` is only for `budget` and `all`
report-bad-axis = axis `{ $axis }` does not exist: { $help }
table-columns-dropped = columns not shown, to fit the terminal's width: { $columns }; widen the terminal or use `--format md`, `html` or `csv`
import-merge-not-folder = `{ $path }` is not a plan's folder: `--into` takes the folder of the plan to merge the sheet into
import-merge-no-plan = the plan in `{ $path }` does not read (title, period or ambito missing): fix it with `pdz check`, then import
import-merge-header = New interventions imported from { $file } with `pdz import budget --into`: complete them (LEPS, targets, comuni)
import-merge-broken = the merge would make a plan file unreadable: nothing was written (a defect of pdz: report it with the sheet)
import-merged = merged into the plan: { $updated ->
        [one] 1 intervention updated
       *[other] { $updated } interventions updated
    }, { $added } added, { $unchanged } unchanged, in { $files ->
        [one] 1 file
       *[other] { $files } files
    }; { $errors ->
        [0] the plan has no errors
        [one] the plan has 1 error (`pdz check` shows it)
       *[other] the plan has { $errors } errors (`pdz check` shows them)
    }
import-merge-by-hand = `{ $intervention }`: its budget is written in flow style (or is empty) and its lines change: write it by hand, { $lines }

# pdz serve: the plan in the browser
serve-started = pdz serve: the plan is at { $url } (Ctrl+C to stop; pages update when the files change)
serve-no-browser = pdz serve: no browser started ({ $error }): open the address above yourself
serve-remote-needs-flag = { $address } is not an address of this machine alone: anyone on the network would see the plan. Add `--allow-remote` if that is what you want
serve-remote-warning = warning: the plan can be seen from other machines at { $address } (no authentication; read-only)
serve-bind-failed = cannot listen on { $address }: { $error }
serve-watch-failed = cannot follow changes to the files ({ $error }): reload the page by hand
serve-skip = Skip to content
serve-navigation = Plan navigation
serve-overview = Overview
serve-findings = Findings
serve-reports = Reports
serve-council = Council document
serve-changes = Changes
serve-files = Plan files
serve-plans = Plans
serve-aggregate = Plans compared
serve-other-lang = Italiano
serve-year = Year
serve-all-years = All years
serve-area = Area
serve-all-areas = All areas
serve-by = Budget by
serve-by-default = source of funding
serve-detail = Intervention detail
serve-apply = Show
serve-downloads = Download
serve-comune = Comune
serve-whole-ambito = The whole ambito
serve-revision = Git revision
serve-revision-help = A branch, a tag or a commit (main, v1.0, HEAD~1): the plan as it was there, compared with the files as they are now.
serve-severity = Severity
serve-count = How many
serve-errors = Errors
serve-warnings = Warnings
serve-infos = Information
serve-no-findings = No findings: the plan passes every check.
serve-line = line { $line }, column { $column }
serve-related = See also
serve-help = How to fix
serve-period = Period
serve-ambito = Ambito
serve-comuni = Comuni
serve-interventions = Interventions
serve-live = Pages update by themselves when a plan file changes.
serve-unavailable-title = The plan has errors
serve-unavailable = { $errors ->
        [one] The plan has 1 error: the reports come back as soon as it is fixed (the page updates by itself).
       *[other] The plan has { $errors } errors: the reports come back as soon as they are fixed (the page updates by itself).
    }
serve-unreadable-title = The plan cannot be read
serve-not-found = Page not found
serve-not-found-text = There is nothing here: go back to the overview.
serve-bad-request = Bad request
serve-failed = This page could not be made
serve-bad-revision = `{ $revision }` is not the name of a git revision (a branch, a tag, a commit, HEAD~1)
serve-file-lines = { $lines ->
        [one] 1 line
       *[other] { $lines } lines
    }
serve-bad-format = `{ $format }` is not a format: pdf, xlsx, ods, csv, json, md, html
serve-io = network error: { $error }
serve-all-reports = Every report in one document
serve-read-only = pdz serve only shows the plan: it accepts GET and HEAD requests alone
serve-uri-too-long = address too long (at most { $limit } bytes)
serve-one-host = a request must have one Host header, and only one
serve-wrong-host = pdz serve answers only to its own address: the Host header names another server (add a name with `--allow-host`)
serve-internal-error = internal error while making the page (the server goes on): please report it
serve-too-long = the page was not ready within { $seconds } seconds: try again in a moment
serve-unknown-revision = `{ $revision }` is not a revision of the plan's git repository (a branch, a tag, a commit, HEAD~1)
serve-plan-not-in-revision = the plan is not there yet at revision `{ $revision }`
serve-no-repository = the plan's folder is not in a git repository: changes are shown against a git revision
serve-file-changes = changes
serve-file-council = council
serve-file-aggregate = plans-compared
serve-port-taken = port { $port } is already used by another program (another `pdz serve`, perhaps): choose another with `--port`, or `--port 0` for any free one
serve-port-denied = port { $port } may not be used (ports below 1024 are reserved): choose another with `--port`
serve-address-unavailable = { $address } is not an address of this machine: give one of its own with `--bind`, or keep 127.0.0.1
