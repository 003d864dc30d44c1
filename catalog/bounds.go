package catalog

// Bounds on every entry, built-in or from the user's overlay. Each is well
// beyond any real exam, so only a typo or a hostile file trips it, and each
// keeps arithmetic on the values (hours times a factor, sums of weights,
// dates plus a validity) far from overflow or absurd dates.
const (
	MinPrepHours      = 1     // hours of preparation for one exam
	MaxPrepHours      = 2000  // a year of full-time study
	MaxMinutes        = 600   // exam length; 0 means unknown or untimed
	MaxQuestions      = 500   // questions, scored or not; 0 means unknown
	MaxPriceUSD       = 10000 // 0 means free
	MaxPassingScale   = 1000  // the largest score scale in use (AWS's)
	MaxValidityYears  = 10    // 0 means it never expires
	MaxRetakeWaitDays = 365
	MaxDomains        = 50    // exam-guide domains per entry
	MaxWeight         = 100   // a domain weight is a percentage
	MaxCodeChars      = 64    // certification codes are short
	MaxTextChars      = 200   // a name, vendor, domain name or role title
	MaxNotesChars     = 10000 // free-text notes
)
