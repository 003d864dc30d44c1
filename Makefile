# CertPlan: `make run` opens the app, `make test` runs every check.
# Both install missing system packages first (Debian/Ubuntu: apt-get).

GO       ?= go
# Fyne's colour emoji font is left out (its build tag no_emoji): CertPlan
# draws no emoji of its own, and Fyne parsed that 4 MB font again for every
# text style, which cost about 60 ms and 17 MB at each start
# (docs/PERFORMANCE.md). Emoji a learner types come from the system's fonts.
# Every go command here, and the builds tools/bench makes, see it.
export GOFLAGS := $(strip $(GOFLAGS) -tags=no_emoji)
BIN      := bin/certplan
GOFILES   = $(shell git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './.git/*')

.PHONY: run build install uninstall test deps fmt-check vet bench fuzz screenshots clean

## run: install what is missing, build, and open the app on the default data folder
run: build
	./$(BIN)

## build: compile bin/certplan (the first cgo build of Fyne takes a few minutes)
build: deps
	$(GO) build -o $(BIN) .

## install: build, then put certplan, its desktop entry, icons and AppStream
##          metainfo under PREFIX (default ~/.local; e.g. make install PREFIX=/usr/local)
PREFIX     ?= $(HOME)/.local
APP_ID     := io.certplan.app
ICON_SIZES := 16 32 48 64 128 256 512
bindir      = $(PREFIX)/bin
sharedir    = $(PREFIX)/share
icondirs    = $(foreach n,$(ICON_SIZES),$(sharedir)/icons/hicolor/$(n)x$(n)/apps)
INSTALLED   = $(bindir)/certplan \
              $(sharedir)/applications/$(APP_ID).desktop \
              $(sharedir)/metainfo/$(APP_ID).metainfo.xml \
              $(foreach d,$(icondirs),$(d)/$(APP_ID).png)

install: build
	install -D -m 755 $(BIN) $(bindir)/certplan
	install -d -m 755 $(sharedir)/applications
	sed 's|@BINDIR@|$(abspath $(bindir))|g' assets/$(APP_ID).desktop.in > $(sharedir)/applications/$(APP_ID).desktop
	chmod 644 $(sharedir)/applications/$(APP_ID).desktop
	install -D -m 644 assets/$(APP_ID).metainfo.xml $(sharedir)/metainfo/$(APP_ID).metainfo.xml
	$(foreach n,$(ICON_SIZES),install -D -m 644 assets/icons/$(n).png $(sharedir)/icons/hicolor/$(n)x$(n)/apps/$(APP_ID).png;)

## uninstall: remove exactly what install put under PREFIX, and the folders
##            only those files occupied
uninstall:
	rm -f $(INSTALLED)
	@for d in $(icondirs) $(foreach n,$(ICON_SIZES),$(sharedir)/icons/hicolor/$(n)x$(n)) \
	          $(sharedir)/icons/hicolor $(sharedir)/icons $(sharedir)/applications $(sharedir)/metainfo \
	          $(sharedir) $(bindir); do \
	  rmdir "$$d" 2>/dev/null || true; \
	done

## test: formatting, vet, and all tests with the race detector
test: deps fmt-check vet
	$(GO) test -race -count=1 ./...

## screenshots: render every screen of a sample learner's data, light and dark,
##              and the first-run guide, into docs/screenshots (README: Gallery)
screenshots: deps
	mkdir -p docs/screenshots
	CERTPLAN_SCREENSHOTS=$(abspath docs/screenshots) $(GO) test -count=1 -run '^TestGallery$$' ./app/

deps:
	@./.ci/install-deps

fmt-check:
	@out="$$(gofmt -l $(GOFILES))"; if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet: deps
	$(GO) vet ./...

## bench: one table of start-up, memory, the Go benchmarks and whole commands, each
##        against its reference in the same run (docs/PERFORMANCE.md); BENCHRUNS
##        start-up runs of each program per log size
BENCHRUNS ?= 9
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
