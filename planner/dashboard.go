package planner

// WeekHours compares one week's plan with what was logged.
type WeekHours struct {
	Start   Date    `json:"start"` // the Monday
	Planned float64 `json:"planned"`
	Study   float64 `json:"study"`
	Lab     float64 `json:"lab"`
}

// DayHours is the logged total of one day, for the streak heatmap.
type DayHours struct {
	Date  Date    `json:"date"`
	Hours float64 `json:"hours"`
}

// Dashboard is everything the Today screen shows, computed in one pass so
// the screen opens fast even with years of entries.
type Dashboard struct {
	Today    Date
	Sessions []Session   // today's planned sessions (what remains of them)
	NextExam *TargetPlan // the nearest upcoming exam, if any
	Progress Progress
	Weeks    []WeekHours // the last DashboardWeeks weeks, oldest first; the last is this week
	Ahead    []WeekHours // the next DashboardAheadWeeks weeks: planned hours only
	Days     []DayHours  // the last DashboardDays days, oldest first; the last is today
	Streak   int         // days in a row, up to today (or yesterday), with logged hours
	Study    float64     // logged study hours, all time
	Lab      float64     // logged lab hours, all time
}

const (
	DashboardWeeks      = 12
	DashboardAheadWeeks = 4
	DashboardDays       = 364 // 52 whole weeks
)

// Dashboard computes the Today screen's figures.
func (s *Service) Dashboard() (Dashboard, error) {
	p, err := s.Progress()
	if err != nil {
		return Dashboard{}, err
	}
	today := p.Today
	d := Dashboard{Today: today, Progress: p, Sessions: []Session{}}
	for _, sess := range p.Plan.Sessions {
		if sess.Date == today {
			d.Sessions = append(d.Sessions, sess)
		}
	}
	for i, tp := range p.Plan.Targets {
		if tp.ExamDate >= today && (d.NextExam == nil || tp.ExamDate < d.NextExam.ExamDate) {
			d.NextExam = &p.Plan.Targets[i]
		}
	}

	firstDay := today.AddDays(-DashboardDays + 1)
	monday := today.AddDays(-((int(today.Weekday()) + 6) % 7))
	firstWeek := monday.AddDays(-7 * (DashboardWeeks - 1))
	from := min(firstDay, firstWeek)

	d.Days = make([]DayHours, DashboardDays)
	for i := range d.Days {
		d.Days[i].Date = firstDay.AddDays(i)
	}
	d.Weeks = make([]WeekHours, DashboardWeeks)
	for i := range d.Weeks {
		d.Weeks[i].Start = firstWeek.AddDays(7 * i)
	}
	for _, st := range p.Targets {
		d.Study += st.StudyHours
		d.Lab += st.LabHours
	}
	recent, err := s.store.DailyTotals(from, today)
	if err != nil {
		return d, err
	}
	for _, t := range recent {
		if i := int(t.Date - firstDay); i >= 0 && i < len(d.Days) {
			d.Days[i].Hours = t.Study + t.Lab
		}
		if i := int(t.Date-firstWeek) / 7; t.Date >= firstWeek && i < len(d.Weeks) {
			d.Weeks[i].Study += t.Study
			d.Weeks[i].Lab += t.Lab
		}
	}
	// Planned hours: the plan as it stood for the days before today (the
	// baseline), and the saved plan from today on. Today counts what is
	// still planned plus what was logged today, because the saved plan
	// already took today's logged hours out of today's time: so "still
	// planned today" and "this week" always add up, whatever the week.
	for _, sess := range p.Baseline.Sessions {
		if i := int(sess.Date-firstWeek) / 7; sess.Date >= firstWeek && sess.Date < today && i < len(d.Weeks) {
			d.Weeks[i].Planned += sess.Hours
		}
	}
	d.Ahead = make([]WeekHours, DashboardAheadWeeks)
	for i := range d.Ahead {
		d.Ahead[i].Start = monday.AddDays(7 * (i + 1))
	}
	this := &d.Weeks[len(d.Weeks)-1]
	for _, sess := range p.Plan.Sessions {
		switch i := int(sess.Date-monday) / 7; {
		case sess.Date < monday:
		case i == 0:
			this.Planned += sess.Hours
		case i-1 < len(d.Ahead):
			d.Ahead[i-1].Planned += sess.Hours
		}
	}
	if n := len(d.Days); n > 0 && len(p.Plan.Targets) > 0 {
		a, err := s.Availability()
		if err != nil {
			return d, err
		}
		if cal, err := NewWorkCalendar(a); err == nil && today >= a.Start {
			this.Planned += min(d.Days[n-1].Hours, cal.HoursOn(today))
		}
	}
	d.Streak = streak(d.Days)
	return d, nil
}

// streak counts consecutive days with logged hours ending today, or ending
// yesterday when nothing is logged yet today (the day is not over).
func streak(days []DayHours) int {
	i := len(days) - 1
	if i >= 0 && days[i].Hours == 0 {
		i--
	}
	n := 0
	for ; i >= 0 && days[i].Hours > 0; i-- {
		n++
	}
	return n
}

// DaysUntil counts calendar days from today to d.
func DaysUntil(today, d Date) int { return int(d - today) }
