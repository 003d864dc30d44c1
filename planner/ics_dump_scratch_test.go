package planner
import ("os";"testing";"time")
func TestScratchDump(t *testing.T){ p,_:=BuildPlan(goldenInputs(t)["badge-without-domains"]); WriteICS(os.Stdout,p,time.Date(2026,1,1,0,0,0,0,time.UTC)) }
