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
yaml-syntax = invalid YAML: { $detail }
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
limit-depth = nesting too deep (at most { $limit } levels)
limit-nodes = too many values for the size of the file (aliases expanded too often?)
limit-nodes-help = a plan needs no repeated YAML aliases: write the values out
limit-string = text too long ({ $bytes } bytes; at most { $limit })

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
staffing-ratio = permanent social workers: { $fte } for { $population } residents ({ $ratio }); the LEP of 1 per 5,000 needs { $lep }, the objective of 1 per 4,000 { $objective }
staffing-ratio-help = yearly State contribution (L. 178/2020, c. 797: €40,000 per social worker beyond 1:6,500 up to 1:5,000, €20,000 beyond 1:5,000 up to 1:4,000): { $now } with the current staff, { $at_lep } at the LEP, { $at_objective } at the objective
intervention-unfunded = intervention `{ $intervention }` has no money in { $years }
intervention-unfunded-help = add the money of those years to `budget`, or end the intervention earlier
comune-not-served = area `{ $area }`: no funded intervention reaches { $comuni }
comune-not-served-help = extend `comuni` of an intervention of the area (or use `comuni: all`), or add an intervention for these comuni

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
check-rules-skipped = (the checks on funds, LEPS and staff run once the errors are fixed)
error-path = pdz: cannot open `{ $path }`: { $error }
error-no-plan-files = pdz: no .yaml or .yml file in `{ $path }`

## explain command
explain-severity = Default severity: { $severity }; change it in the plan's `checks:` or with `--allow`/`--deny`.
explain-severity-fixed = Severity: { $severity }; it cannot be changed.
explain-more = `pdz explain CODE` explains a check.
