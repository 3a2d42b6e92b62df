/**
 * The Dutch messages of the loting (README naming rule: user-facing Dutch lives in texts and
 * messages files; the code refers to them by English names). The audit report's document text
 * is built in report.ts; the renderer's own texts are in renderer/src/features/loting/nl.json.
 */

/** The API contract's field checks (zod messages). */
export const contractMessages = {
  minAboveMax: 'Het minimum is groter dan het maximum.',
  commitmentKind: 'Kies een openbare bron of een vooraf aangekondigde waarde.',
  announcedValueMissing: 'Vul de waarde in die vooraf is aangekondigd.',
} as const;

/** The API handlers' refusals. */
export const apiMessages = {
  poolGone: 'Deze pool bestaat niet (meer). Misschien is hij verwijderd.',
  ignoredColumnSent: 'Kolommen die je negeert, horen niet mee te komen: laat ze weg.',
  rowLengths: 'Niet iedere rij heeft evenveel cellen als er kolommen zijn.',
  trialWithoutDistribution: 'Bereken eerst de kansen; daarna kun je proefpanels trekken.',
  trialFromReselection:
    'Een proeftrekking kan alleen uit de verdeling van een eerste loting, niet van een herselectie.',
  nothingToReselect: 'Er is nog geen trekking om aan te vullen.',
  jobUnknown: 'Deze berekening is niet (meer) bekend. Start hem opnieuw.',
  nothingToExport: 'Er is nog geen trekking om te exporteren.',
  noPublicationOfReselection:
    'Van een herselectie wordt geen verdeling gepubliceerd; publiceer die van de eerste loting.',
  pdfWithoutChromium: 'Een PDF maken lukt hier niet: Chromium ontbreekt. Kies het verslag in Word.',
} as const;

/** The background computation (main/loting/jobs.ts). */
export const jobMessages = {
  stoppedUnexpectedly:
    'De berekening is onverwacht gestopt. Probeer het opnieuw; blijft het misgaan, maak de pool dan kleiner.',
  tooLong: 'De berekening duurde veel langer dan de ingestelde tijd en is gestopt. Probeer het opnieuw.',
  notStored: (reason: string | undefined) =>
    `De loting is berekend, maar kon niet worden bewaard. ${reason ?? 'Probeer het opnieuw.'}`,
} as const;

/** Quota that no panel meets together (compute.ts). */
export const infeasibleMessages = {
  minimum: (category: string, value: string, min: number, reachable: number) =>
    `${category} = ${value}: minimum ${min} is samen met de andere quota niet haalbaar; hoogstens ${reachable} lukt.`,
  maximum: (category: string, value: string, max: number, needed: number) =>
    `${category} = ${value}: maximum ${max} is samen met de andere quota niet haalbaar; er moeten er minstens ${needed} in.`,
  noPanel: (details: readonly string[]) =>
    `Geen enkel panel voldoet aan alle quota tegelijk. Ieder quotum lijkt apart haalbaar, maar samen niet${details.length > 0 ? `. Het dichtst erbij komt een panel met deze afwijkingen: ${details.join(' ')}` : '.'}`,
} as const;

/** A member without a reserve (replacement.ts). */
export const replacementMessages = {
  minimumOf: (category: string, value: string, min: number) => `het minimum van ${category} = ${value} (${min})`,
  maximumOf: (category: string, value: string, max: number) => `het maximum van ${category} = ${value} (${max})`,
  /** Joins the last two quota: "a, b of c". */
  or: 'of',
  otherProfileBreaks: (list: string, maxDropouts: number) =>
    `Geen vervanger: buiten het panel heeft niemand precies dezelfde kenmerken, en met een vervanger met andere kenmerken is ${list} niet meer zeker als tot ${maxDropouts} panelleden tegelijk afvallen.`,
  nobodyFits:
    'Geen vervanger: buiten het panel heeft niemand precies dezelfde kenmerken, en niemand met andere kenmerken past binnen de quota.',
} as const;

/** A re-selection round (reselection.ts). */
export const reselectionMessages = {
  nobodyChosen: 'Kies eerst wie er afvalt.',
  duplicate: 'Iemand staat twee keer bij de afvallers.',
  notOnPanel: 'Alleen panelleden kunnen afvallen.',
} as const;

/** Reading a respondents or quota file (renderer and CLI). */
export const fileMessages = {
  tooLarge: (mb: string) => `Dit bestand is ${mb} MB; dat is te groot. Laat kolommen weg die je niet nodig hebt.`,
  unreadableXlsx: 'Dit Excel-bestand kan niet worden gelezen. Sla het opnieuw op als .xlsx of als CSV.',
  readAsWindows1252Screen:
    'Het bestand is niet als UTF-8 opgeslagen. Samenspel heeft het gelezen als Windows-1252: controleer letters met accenten.',
  readAsWindows1252:
    'Het bestand is niet als UTF-8 opgeslagen; het is gelezen als Windows-1252. Controleer letters met accenten.',
} as const;

/** Short text helpers (text.ts). */
export const listMessages = {
  andMore: (shown: string, rest: number) => `${shown} en nog ${rest}`,
} as const;

/** Reading a respondents table or a quota file (csv.ts). */
export const csvMessages = {
  empty: 'Het bestand is leeg.',
  tooManyLines: (lines: string, max: string) =>
    `Dit bestand heeft ongeveer ${lines} rijen. Samenspel kan hoogstens ${max} respondenten loten. Splits het bestand of maak eerst een voorselectie.`,
  noHeader: 'Het bestand heeft geen kopregel met kolomnamen.',
  oneColumn: (column: string) =>
    `Het bestand heeft maar één kolom (“${column}”). Gebruik een komma, puntkomma of tab tussen de kolommen.`,
  tooManyColumns: (count: number, max: number) => `Het bestand heeft ${count} kolommen; hoogstens ${max} kan.`,
  unnamedColumn: (column: number) => `Kolom ${column} heeft geen naam in de kopregel.`,
  duplicateColumn: (name: string) => `De kolomnaam “${name}” komt twee keer voor.`,
  rowLength: (row: number, count: number, header: number) =>
    `Rij ${row} heeft ${count} kolommen, de kopregel ${header}. Controleer het scheidingsteken en aanhalingstekens.`,
  cellTooLong: (row: number, max: number) => `Rij ${row} heeft een cel langer dan ${max} tekens.`,
  quotaColumnsMissing: (missing: string) =>
    `Het quotabestand mist de kolom(men): ${missing}. Verwacht: category,feature,min,max.`,
  quotaRowIncomplete: (row: number) => `Rij ${row} van het quotabestand mist een categorie of waarde.`,
  quotaNotWhole: (row: number, category: string, value: string) =>
    `Rij ${row} (${category} = ${value}): minimum en maximum moeten hele getallen van 0 of meer zijn.`,
  quotaMinAboveMax: (row: number, category: string, value: string, min: number, max: number) =>
    `Rij ${row} (${category} = ${value}): het minimum ${min} is groter dan het maximum ${max}.`,
  emptySheet: 'Het eerste werkblad is leeg.',
  tooManySheetRows: (rows: number, max: number) =>
    `Dit werkblad heeft ${rows} rijen; Samenspel kan hoogstens ${max} respondenten loten.`,
} as const;

/** Checks of the respondents and the quota before computing (validation.ts). */
export const validationMessages = {
  controlCharacter: (row: number, column: string) =>
    `Rij ${row}, kolom “${column}” bevat een onzichtbaar stuurteken (zoals NUL). Haal het weg in het bestand en lees het opnieuw in.`,
  noFeatureColumn: 'Kies minstens één kolom als kenmerk (bijvoorbeeld leeftijd of wijk).',
  /** One empty cell in the list of emptyCells: "rij 4 (geslacht)". */
  emptyCellAt: (row: number, column: string) => `rij ${row} (${column})`,
  emptyCells: (count: string, list: string) =>
    `${count} lege cel(len) in kenmerkkolommen: ${list}. Vul ze aan (bijvoorbeeld met “onbekend”) en geef die waarde een quotum.`,
  /** One duplicate in the list of duplicateIds: "“R1” (rij 2 en 5)". */
  duplicateIdAt: (id: string, first: number, again: number) => `“${id}” (rij ${first} en ${again})`,
  duplicateIds: (list: string) => `Dubbele id’s: ${list}. Iedere respondent mag maar één keer in de pool staan.`,
  missingIds: (rows: string) => `Respondent(en) zonder id op rij ${rows}.`,
  emptyPool: 'De pool is leeg.',
  panelLargerThanPool: (panel: number, pool: string) =>
    `Het panel (${panel}) is groter dan de pool (${pool} respondenten).`,
  noHouseholdColumn:
    'Je wilt niet twee mensen uit één huishouden, maar er is geen kolom met het huishouden of adres gekozen.',
  tooFewHouseholds: (households: string, seats: number) =>
    `Er zijn maar ${households} verschillende huishoudens voor ${seats} plaatsen.`,
  featureWithoutQuota: (category: string) =>
    `Kenmerk “${category}” heeft geen quota. Geef per waarde een minimum en maximum, of maak de kolom geen kenmerk.`,
  /** One value in the list of valuesWithoutQuotum: "“anders” (3×)". */
  valueCount: (value: string, count: number) => `“${value}” (${count}×)`,
  valuesWithoutQuotum: (category: string, list: string) =>
    `${category}: ${list} heeft geen quotum. Geef een minimum en maximum (0 mag), of pas de waarde in het bestand aan.`,
  duplicateQuotum: (category: string, value: string) => `${category}: “${value}” heeft twee quota.`,
  minimumNobody: (category: string, value: string, min: number) =>
    `${category} = ${value}: het minimum is ${min}, maar niemand in de pool heeft deze waarde.`,
  minimumTooFew: (category: string, value: string, min: number, count: number) =>
    `${category} = ${value}: het minimum is ${min}, maar er ${count === 1 ? 'is maar 1 respondent' : `zijn maar ${count} respondenten`} met deze waarde.`,
  minimumAbovePanel: (category: string, value: string, min: number, panel: number) =>
    `${category} = ${value}: het minimum ${min} is groter dan het panel (${panel}).`,
  minimaAbovePanel: (category: string, sum: number, panel: number) =>
    `${category}: de minima vragen samen ${sum} plaatsen, maar het panel heeft er ${panel}.`,
  maximaBelowPanel: (category: string, sum: number, panel: number) =>
    `${category}: de maxima (en de beschikbare respondenten) geven samen hoogstens ${sum} plaatsen, maar het panel heeft er ${panel}.`,
  unknownCategories: (count: number, names: string, inPool: string | undefined) =>
    `De quota noemen ${count === 1 ? 'het kenmerk' : 'de kenmerken'} ${names}, maar de pool heeft geen kenmerk met ${count === 1 ? 'die naam' : 'die namen'}. Kenmerken in de pool: ${inPool ?? 'geen'}. Controleer de schrijfwijze, of kies bij het inlezen die kolom als kenmerk.`,
} as const;

/** Verifiable draws: the publication, its check and step 2 (verification.ts). */
export const verificationMessages = {
  /** The seed source of an ordinary draw in its publication (part of the fingerprinted text: never change it). */
  ownSeedDescription: 'Startgetal gekozen in Samenspel (door de organisator of willekeurig).',
  notAPublication:
    'Dit is geen gepubliceerde verdeling van Samenspel (het bestand mist onderdelen of heeft een ander formaat).',
  fingerprintMismatch: (stated: string, computed: string) =>
    `De vingerafdruk klopt niet: de verdeling is veranderd na de publicatie. Vermeld: ${stated}; berekend uit de inhoud: ${computed}.`,
  numberTwiceOrTooLarge: 'De verdeling is ongeldig: een nummer staat in twee profielen of is groter dan de pool.',
  probabilitiesSum: (sum: number) =>
    `De verdeling is ongeldig: de kansen van de panels tellen op tot ${sum}, niet tot 1.`,
  panelSize: (panel: number, size: number) =>
    `De verdeling is ongeldig: panel ${panel} heeft niet precies ${size} leden uit de profielen.`,
  valueMissing: 'Vul het getal in waarmee getrokken is.',
  notAnnouncedValue: (value: string, announced: string) =>
    `Het getal “${value}” is niet het getal dat vooraf is aangekondigd (“${announced}”).`,
  notOwnSeed: (value: string, seed: string) =>
    `Het getal “${value}” is niet het startgetal in de publicatie (${seed}).`,
  panelMismatch: (value: string) =>
    `Het panel klopt niet met een trekking uit deze verdeling met het getal “${value}”.`,
  notDrawn: (numbers: string) => `In het panel, maar niet getrokken: ${numbers}.`,
  notOnPanel: (numbers: string) => `Getrokken, maar niet in het panel: ${numbers}.`,
  numberTwice: 'Een nummer staat twee keer in het panel.',
  checkInputs: 'Controleer of je het juiste getal en het juiste panel gebruikt.',
  sourcePublic: (description: string) =>
    `Het getal hoort te komen uit: ${description}. Controleer zelf dat het de openbare uitslag is.`,
  sourceAnnounced: (description: string) => `De seedwaarde is vooraf aangekondigd: ${description}.`,
  sourceOwnSeed:
    'Let op: dit startgetal is door de organisator gekozen; of het vaker is geprobeerd, kan niemand nagaan.',
  outcome: (compared: boolean, panelNumber: string, seed: number, numbers: string, source: string) =>
    `${compared ? 'Het panel klopt' : 'De trekking is herhaald'}: panel ${panelNumber} uit de verdeling, startgetal ${seed}, met de nummers ${numbers}. ${source}`,
  noNumberColumn: 'Het panelbestand heeft geen kolom ‘nummer’ (het nummer van de respondent in de pool).',
  badNumber: (row: number) => `Rij ${row} van het panelbestand heeft geen geldig nummer.`,
  noDistribution: 'Er is nog geen verdeling berekend.',
  notWaitingForValue:
    'De laatste berekening wacht niet op een openbare waarde: er is al getrokken, of er is gewoon getrokken.',
} as const;

/** Why respondents can never be on the panel (exclusion.ts). */
export const exclusionMessages = {
  belowMinimum: (category: string, value: string, min: number) =>
    `onder het minimum van ${category} = ${value} (${min}) komt`,
  aboveMaximum: (category: string, value: string, max: number) =>
    `boven het maximum van ${category} = ${value} (${max}) gaat`,
  value: (category: string, value: string) => `${category} = ${value}`,
  valueWithMax: (category: string, value: string, max: number) => `${category} = ${value} (${max})`,
  zeroMaximumMany: (quota: string) =>
    `de quota voor ${quota} hebben maximum 0, dus niemand met een van deze waarden mag in het panel.`,
  zeroMaximumOne: (quota: string) =>
    `het quotum voor ${quota} heeft maximum 0, dus niemand met deze waarde mag in het panel.`,
  full: (quota: string) =>
    `de panelleden die bleven, vullen het maximum van ${quota} al, dus niemand met deze waarde kan een open plaats krijgen.`,
  combination: (deviations: string) =>
    `ieder quotum apart laat deze persoon toe, maar samen niet. Met deze persoon erin voldoet geen enkel panel aan alle quota; het dichtst erbij komt een panel dat ${deviations}.`,
  household: 'de regel ‘hoogstens één persoon per huishouden’ laat geen panel met deze persoon toe.',
  unknown:
    'samen met de quota past deze persoon in geen enkel panel (welke quota dat veroorzaken, is niet uitgezocht).',
  neverOnPanel: (count: number, names: string, rest: number, reason: string) =>
    `${count === 1 ? 'Deze respondent kan' : `Deze ${count} respondenten kunnen`} nooit in het panel komen (kans 0%): ${names}${rest > 0 ? ` en nog ${rest}` : ''}. Waarom: ${reason}`,
  notCheckedInTime: (seconds: number) =>
    `Binnen ${seconds} seconden is niet voor iedereen nagegaan of hij of zij in een panel past. De berekening gaat dat na en noemt in het resultaat wie kans 0% heeft en waarom.`,
} as const;

/** The `loting` command of the CLI: option errors, output and usage (main/cli/commands/loting.ts). */
export const cliMessages = {
  seedNotWhole: '--seed moet een heel getal van 0 of meer zijn.',
  maxSecondsNotPositive: '--max-seconds moet groter dan 0 zijn.',
  drawOptionsMissing: 'Geef --respondents, --categories en --panel op.',
  panelNotWhole: '--panel moet een heel getal van 1 of meer zijn.',
  outWithoutFolder: '--out heeft een map nodig.',
  maxDropoutsRange: '--max-dropouts moet een heel getal van 0 tot en met de panelgrootte zijn.',
  seedSourceEmpty: '--seed-source heeft een beschrijving nodig, bijvoorbeeld “Staatsloterij 10 januari, eerste prijs”.',
  seedAndSeedSource:
    'Gebruik --seed of --seed-source, niet allebei: met --seed-source komt de seed uit de openbare waarde.',
  verifyOptionsMissing: 'Geef --distribution en --seed op.',
  trialOptionsMissing: 'Geef --distribution op.',
  countRange: '--count moet een heel getal van 1 tot en met 100 zijn.',
  drawStepOptionsMissing: 'Geef --respondents, --result en --seed-value op.',
  reselectOptionsMissing: 'Geef --respondents, --result en --dropouts op.',
  /** What a file is, in "… kan niet worden gelezen" messages. */
  kindRespondents: 'een respondentenbestand',
  kindQuota: 'een quotabestand',
  kindPublication: 'een gepubliceerde verdeling',
  kindPanel: 'een panelbestand',
  kindResult: 'een resultaatbestand',
  usageLine: (message: string, usage: string) => `${message}\nGebruik: ${usage}\n`,
  warning: (text: string) => `Let op: ${text}\n`,
  noColumn: (file: string, column: string) => `${file} heeft geen kolom “${column}”.\n`,
  /** buildPoolData's refusal, after the file name. */
  noColumnAfterFile: (column: string) => `heeft geen kolom “${column}”.`,
  cannotCompute: (problems: readonly string[]) =>
    `De loting kan niet worden berekend:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
  cannotReselect: (problems: readonly string[]) =>
    `De herselectie kan niet worden berekend:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
  summary: (panel: number, pool: number, profiles: number) =>
    `Gewogen loting (LEXIMIN): ${panel} uit ${pool} respondenten, ${profiles} profielen.`,
  lowest: (minimum: string, exact: boolean, bound: string) =>
    `Laagste selectiekans: ${minimum}${exact ? ' (bewezen optimaal)' : ` (niet bewezen; bovengrens ${bound})`}`,
  gini: (gini: string) => `Gini-coëfficiënt: ${gini}`,
  greedy: (minimum: string, gini: string) => `Gretige methode ter vergelijking: laagste kans ${minimum}, Gini ${gini}`,
  computeTime: (seconds: string) => `Rekentijd: ${seconds} s`,
  step1: 'Stap 1 van een controleerbare trekking: de verdeling is vastgelegd, er is nog niemand getrokken.',
  fingerprint: (fingerprint: string) => `Vingerafdruk (SHA-256): ${fingerprint}`,
  seedSource: (description: string) => `Seedbron: ${description}`,
  publishFirst: 'Publiceer verdeling.json (en de vingerafdruk) vóór de seedwaarde bekend is. Daarna:',
  step2Command: (respondents: string, result: string) =>
    `  npm run cli -- loting draw --respondents ${respondents} --result ${result} --seed-value "<waarde>"`,
  seed: (seed: number) => `Startgetal (seed): ${seed}`,
  written: (folder: string, files: string) => `Geschreven in ${folder}: ${files}`,
  cannotMakeFolder: (folder: string, reason: string) => `Kan de map ${folder} niet maken: ${reason}.\n`,
  pdfWithoutChromium: (reason: string) =>
    `Het verslag als PDF maken lukt niet: ${reason} Laat --pdf weg; het verslag staat ook in verslag.docx.\n`,
  pdfFailed: 'Het verslag als PDF maken is mislukt. Laat --pdf weg; het verslag staat ook in verslag.docx.\n',
  notJson: (file: string) => `${file} is geen geldig JSON-bestand.\n`,
  rejected: (reason: string) => `Afgekeurd. ${reason}\n`,
  approved: (text: string) => `Goedgekeurd. ${text}\n`,
  notAPublication: 'Dit is geen gepubliceerde verdeling van Samenspel.\n',
  trialHeader: (count: number, title: string) =>
    `PROEFTREKKING — geen echte loting, er is niets vastgelegd. ${count} voorbeeldpanel(s) uit “${title}”:`,
  trialPanel: (n: number, panelNumber: number, members: string) =>
    `Proefpanel ${n} (panel ${panelNumber} uit de verdeling): ${members}`,
  trialNumbers: 'De getallen zijn de nummers van de respondenten in de pool (1 = de eerste rij onder de kopregel).',
  notAResult: (file: string) => `${file} is geen resultaat.json van Samenspel.\n`,
  otherPool: (respondents: string, result: string) =>
    `${respondents} is niet het bestand waaruit ${result} is berekend (andere respondenten of waarden).\n`,
  drawnWith: (value: string, seed: number, panelNumber: number) =>
    `Getrokken met seedwaarde “${value}” (startgetal ${seed}), panel ${panelNumber} uit de verdeling.`,
  panelNumbers: (numbers: string) => `Panel (nummers in de pool): ${numbers}`,
  verifyCommand: (distribution: string, value: string, panel: string) =>
    `Controleren: npm run cli -- loting verify --distribution ${distribution} --seed "${value}" --panel ${panel}`,
  unknownDropouts: (names: string, byId: boolean) =>
    `Onbekend in de pool: ${names}. Noem afvallers bij hun ${byId ? 'id' : 'nummer'}.\n`,
  reselected: (dropouts: number, stayers: number, open: number) =>
    `Herselectie: ${dropouts} afgevallen, ${stayers} gebleven, ${open} open plaats(en) opnieuw geloot.`,
  newOnPanel: (names: string) => `Nieuw in het panel: ${names}`,
  usageDraw:
    'loting --respondents <csv|xlsx> --categories <csv> --panel <k> [--seed N | --seed-source "<openbare bron>"] [--out map] [--id kolom] [--household kolom] [--max-dropouts N] [--max-seconds N] [--csv-comma] [--pdf]   Gewogen loting (LEXIMIN) met reservelijst en verslag; met --seed-source alleen stap 1 van een controleerbare trekking.',
  usageStep2: (usage: string) => `  ${usage}   Stap 2: trekken met de openbare waarde.`,
  usageVerify: (usage: string) => `  ${usage}   Controleer een trekking.`,
  usageTrial: (usage: string) => `  ${usage}   Proeftrekking: voorbeeldpanels, geen echte loting.`,
  usageReselect: (usage: string) => `  ${usage}   Herselectie na afvallers.`,
} as const;
