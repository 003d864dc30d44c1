package app

import (
	"time"

	"fyne.io/fyne/v2"
)

// timerTickEvery is how often a running timer's reading is redrawn.
var timerTickEvery = time.Second

// ticker calls a function on the UI goroutine at a fixed interval until
// stopped. Stop waits for its goroutine to end, so a paused or stopped
// timer leaves nothing running behind it.
type ticker struct {
	stop chan struct{}
	done chan struct{}
}

// startTicker calls tick through fyne.Do every interval.
func startTicker(every time.Duration, tick func()) *ticker {
	t := &ticker{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(t.done)
		clock := time.NewTicker(every)
		defer clock.Stop()
		for {
			select {
			case <-t.stop:
				return
			case <-clock.C:
				fyne.Do(tick)
			}
		}
	}()
	return t
}

// Stop ends the ticker and waits for its goroutine. A tick already handed
// to fyne.Do may still run once; tick functions must allow for that.
func (t *ticker) Stop() {
	close(t.stop)
	<-t.done
}
