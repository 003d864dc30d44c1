# CertPlan: `make run` opens the app, `make test` runs every check.
# Both install missing system packages first (Debian/Ubuntu: apt-get).

GO       ?= go
BIN      := bin/certplan
GOFILES   = $(shell git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './.git/*')

.PHONY: run build test deps fmt-check vet bench fuzz clean

## run: install what is missing, build, and open the app on the default data folder
run: build
	./$(BIN)

## build: compile bin/certplan (the first cgo build of Fyne takes a few minutes)
build: deps
	$(GO) build -o $(BIN) .

## test: formatting, vet, and all tests with the race detector
test: deps fmt-check vet
	$(GO) test -race -count=1 ./...

deps:
	@./.ci/install-deps

fmt-check:
	@out="$$(gofmt -l $(GOFILES))"; if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet: deps
	$(GO) vet ./...

## bench: one table of start-up, memory, the Go benchmarks and whole commands, each
##        against its reference in the same run (docs/PERFORMANCE.md); BENCHRUNS
##        start-up runs of each program per log size
BENCHRUNS ?= 5
bench: deps
	@./.ci/install-deps bench
	$(GO) run ./tools/bench -runs $(BENCHRUNS)

## fuzz: run each fuzz target for FUZZTIME (plain `go test` runs only their seeds),
##       then KILLROUNDS SIGKILLs of writers, imports and restores
FUZZTIME ?= 60s
KILLROUNDS ?= 200
fuzz: deps
	$(GO) test -run '^$$' -fuzz '^FuzzReadCSV$$' -fuzztime $(FUZZTIME) ./planner/
	$(GO) test -run '^$$' -fuzz '^FuzzBuildPlan$$' -fuzztime $(FUZZTIME) ./planner/
	$(GO) test -run '^$$' -fuzz '^FuzzWriteICS$$' -fuzztime $(FUZZTIME) ./planner/
	$(GO) test -run '^$$' -fuzz '^FuzzOverlay$$' -fuzztime $(FUZZTIME) ./catalog/
	$(GO) test -run '^$$' -fuzz '^FuzzReadSnapshot$$' -fuzztime $(FUZZTIME) ./planner/
	$(GO) test -run '^$$' -fuzz '^FuzzArgs$$' -fuzztime $(FUZZTIME) ./app/cli/
	CERTPLAN_KILL_ROUNDS=$(KILLROUNDS) $(GO) test -count=1 -v -run 'KillMid|AllOrNothing' ./planner/store/ | grep -E '^(---|ok|FAIL)|kills|acknowledged'

clean:
	rm -rf bin
