package planner

// MarkSessionDone logs a planned session as done today, whatever day it was
// planned for: the hours went in today. The entry keeps the session's code,
// hours and domain. A lab session logs lab time; any other kind (a review)
// is study time, with the kind as its note so the log says what it was.
// The saved plan then counts the hours, so the session leaves today's list.
func (s *Service) MarkSessionDone(sess Session) (Entry, error) {
	return s.AddEntry(sessionEntry(sess, s.Today()))
}

// sessionEntry is the log entry for sess done on day.
func sessionEntry(sess Session, day Date) Entry {
	e := Entry{Date: day, Kind: Study, Code: sess.Code, Hours: sess.Hours, Domain: sess.Domain}
	switch sess.Kind {
	case LabSession:
		e.Kind = Lab
	case StudySession:
	default:
		e.Note = string(sess.Kind)
	}
	return e
}
