package cli

// The command table: every command and subcommand, its arguments, flags and
// summary. Help, usage lines and usage errors are generated from it, so
// they always match what the parser accepts.

var jsonFlag = switchFlag("json", "print JSON")

// availabilityFlags are shared by `plan` (what-if) and `availability set`,
// so both read them the same way (see availability.go).
var availabilityFlags = []flagSpec{
	textFlag("hours", "mon=2,...", "study hours per weekday, e.g. mon=2,tue=2,sat=4 (days not named get 0)"),
	textFlag("country", "CC", "ISO 3166 country code for public holidays, e.g. US, GB, DE"),
	textFlag("region", "R", "region of the country with its own holidays, e.g. ENG, CA"),
	listFlag("off", "DATE[..DATE]", "a day off, or a range of days off"),
	dateFlag("start", "first day of study (default today)"),
	textFlag("lab-share", "F", "share of prep as hands-on labs, 0 to 1 (default 0.3)"),
	textFlag("experience", "new|some|daily", "scales the catalog's prep hours (x1.5, x1.0, x0.7)"),
	textFlag("pace", "steady|asap", "with an exam date: spread prep evenly up to it (steady, the default) or pack it early (asap)"),
	textFlag("at", "mon=19:00,...", "when study starts on each weekday; sessions on those days become timed calendar events"),
}

// root is the table's top: `certplan COMMAND`.
func root() *command {
	r := &command{summary: "a study planner for AWS certifications", subs: []*command{
		{name: "catalog", summary: "list certifications and badges",
			flags: []flagSpec{
				textFlag("tier", "TIER", "only this tier: foundational, associate, professional, specialty, badge"),
				switchFlag("all", "include retired exams"),
				jsonFlag,
			},
			run: listing(readCatalog, printCatalog),
			subs: []*command{
				{name: "show", summary: "one certification in full", args: []string{"CODE"},
					flags: []flagSpec{jsonFlag}, run: listing(readCatalogEntry, printCatalogEntry)},
			}},
		{readOnly: true, name: "plan", summary: "show the saved plan, or a what-if plan with --cert",
			flags: append([]flagSpec{
				jsonFlag,
				textFlag("ics", "FILE", "write an iCalendar file"),
				listFlag("cert", "CODE", "what-if: a certification to plan, in study order"),
				listFlag("prep", "CODE=H", "what-if: prep hours for a certification"),
				listFlag("exam-by", "CODE=DATE", "what-if: exam date for a certification"),
			}, availabilityFlags...),
			run: runPlan},
		{name: "target", summary: "add, list or remove study targets", subs: []*command{
			{name: "add", summary: "add a study target", args: []string{"CODE"},
				flags: []flagSpec{
					textFlag("prep", "H", "prep hours (default: the catalog's estimate scaled by experience)"),
					dateFlag("exam-by", "exam date"),
					switchFlag("renewal", "renew the held CODE (or its suggested exam), exam 14 days before it expires"),
				},
				run: runTargetAdd},
			{readOnly: true, name: "list", aliases: []string{"ls"}, summary: "list the study targets in study order",
				flags: []flagSpec{jsonFlag}, run: listing(readTargets, printTargets)},
			{name: "rm", aliases: []string{"remove"}, summary: "remove a study target (its logged hours stay)",
				args: []string{"CODE"}, run: runTargetRemove},
		}},
		{name: "availability", summary: "set or show study hours, holidays and days off", subs: []*command{
			{name: "set", summary: "change only the settings given; --off adds days off",
				flags: availabilityFlags, run: runAvailabilitySet},
			{name: "off", summary: "manage days off", subs: []*command{
				{name: "rm", aliases: []string{"remove"}, summary: "remove days off (a day or a range)",
					args: []string{"DATE[..DATE]"}, run: runDaysOffRemove},
			}},
			{readOnly: true, name: "show", summary: "show the study hours, holidays and days off",
				flags: []flagSpec{jsonFlag}, run: listing(readAvailability, printAvailability)},
		}},
		{name: "log", summary: "add, list or remove logged study and lab hours", subs: []*command{
			{name: "add", summary: "log study or lab hours; prints the new entry's ID",
				flags: []flagSpec{
					textFlag("kind", "study|lab", "study or lab").need(),
					textFlag("cert", "CODE", "certification code").need(),
					dateFlag("date", "day of the practice").need(),
					textFlag("hours", "H", "hours spent, e.g. 1.5").need(),
					textFlag("domain", "NAME", "exam domain (see certplan catalog show CODE)"),
					textFlag("services", "A,B", "AWS services used, comma separated"),
					textFlag("note", "TEXT", "what you did"),
					textFlag("link", "URL", "a repository or lab URL"),
				},
				run: runLogAdd},
			{readOnly: true, name: "list", aliases: []string{"ls"}, summary: "list logged hours, oldest first",
				flags: []flagSpec{
					textFlag("cert", "CODE", "only this certification"),
					textFlag("kind", "study|lab", "only study or lab"),
					dateFlag("from", "first day"),
					dateFlag("to", "last day"),
					jsonFlag,
					switchFlag("csv", "print CSV"),
				},
				run: runLogList},
			{name: "rm", aliases: []string{"remove"}, summary: "remove a logged entry", args: []string{"ID"}, run: runLogRemove},
		}},
		{readOnly: true, name: "status", summary: "progress per target against the plan",
			flags: []flagSpec{jsonFlag}, run: listing(readStatus, printStatus)},
		{name: "earned", summary: "record, list or remove the certifications and badges you hold", subs: []*command{
			{name: "add", summary: "record a certification or badge as earned; prints what it renewed", args: []string{"CODE"},
				flags: []flagSpec{
					dateFlag("date", "day it was earned").need(),
					textFlag("credential-id", "ID", "the credential ID from the certificate"),
					textFlag("url", "URL", "the verification link (https://...)"),
				},
				run: runEarnedAdd},
			{readOnly: true, name: "list", aliases: []string{"ls"}, summary: "list what was earned, oldest first",
				flags: []flagSpec{jsonFlag}, run: listing(readEarned, printEarned)},
			{name: "rm", aliases: []string{"remove"}, summary: "remove the earned records of a certification", args: []string{"CODE"}, run: runEarnedRemove},
			{name: "extend", summary: "record a one-year maintain extension of an active certification", args: []string{"CODE"},
				flags: []flagSpec{dateFlag("date", "day the extension was completed").need()},
				run:   runEarnedExtend},
		}},
		{name: "attempt", summary: "record or list exam attempts", subs: []*command{
			{name: "add", summary: "record an exam attempt; prints pass or fail, the retake date or what it renewed", args: []string{"CODE"},
				flags: []flagSpec{
					dateFlag("date", "day of the exam").need(),
					textFlag("score", "N", "the score: scaled (100-1000) for an exam, percent for a badge").need(),
					listFlag("domain", "NAME=meets|below", "a domain result from the score report"),
					dateFlag("voucher-expires", "expiry of the discount voucher that came with a pass"),
				},
				run: runAttemptAdd},
			{readOnly: true, name: "list", aliases: []string{"ls"}, summary: "list exam attempts, oldest first",
				flags: []flagSpec{jsonFlag}, run: listing(readAttempts, printAttempts)},
		}},
		{readOnly: true, name: "renewals", summary: "held certifications: expiry, status and the exam that renews them",
			flags: []flagSpec{jsonFlag}, run: listing(readRenewals, printRenewals)},
		{readOnly: true, name: "remind", summary: "what is due now: renewals, exams, retakes, vouchers (writes nothing)",
			flags: []flagSpec{jsonFlag}, run: listing(readReminders, printReminders)},
		{name: "export", summary: "write the plan, the log or the lab portfolio to a file", subs: []*command{
			{readOnly: true, name: "ics", summary: "the saved plan, exam dates and renewal deadlines as an iCalendar file", args: []string{"FILE"}, run: runExportICS},
			{readOnly: true, name: "csv", summary: "the log as a CSV file", args: []string{"FILE"}, run: runExportCSV},
			{readOnly: true, name: "portfolio", summary: "the lab entries as a Markdown portfolio", args: []string{"FILE"}, run: runExportPortfolio},
		}},
		{name: "import", summary: "add logged hours from a file", subs: []*command{
			{name: "csv", summary: "add the entries of a CSV file, skipping those already logged", args: []string{"FILE"}, run: runImportCSV},
		}},
		{readOnly: true, name: "backup", summary: "write everything to a backup file", args: []string{"FILE"}, run: runBackup},
		{name: "restore", summary: "replace everything with a backup file", args: []string{"FILE"}, run: runRestore},
		{name: "paths", summary: "print the data folder in use", run: runPaths},
		{name: "doctor", summary: "check the data folder; --salvage copies every readable record into a new folder",
			flags: []flagSpec{textFlag("salvage", "NEW-FOLDER", "a new folder to copy the readable records into")},
			run:   runDoctor},
	}}
	setPaths(r, "")
	return r
}

// setPaths fills in each command's path ("log add") from its place in the table.
func setPaths(c *command, parent string) {
	c.path = c.name
	if parent != "" {
		c.path = parent + " " + c.name
	}
	for _, s := range c.subs {
		setPaths(s, c.path)
	}
}
