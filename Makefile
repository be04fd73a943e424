# Makefile: builds, installs and tests the lkj extension with PGXS.
#
#   make demo   install what is missing, build, print the Kunir 2024 report
#               from data on a throw-away cluster
#   make test   install what is missing, build, run every test
#
# Both run as root on Debian (pg_virtualenv handles the non-root server).

EXTENSION = lkj
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big = lkj
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))

# The extension script is assembled from its parts in extension/ (see
# extension/assemble.sh): the fresh install of this version, and the upgrade
# from every released version before it.  Released scripts are kept byte for
# byte as shipped in extension/released/ (as .sql.txt: data, not source, for
# the tools that read code), checked against SHA256SUMS on every build and
# installed beside them under their own names.
# The folders are prerequisites too: removing a part changes only theirs.
PARTS = $(wildcard extension/[0-9]*.sql) $(wildcard extension/upgrade/*.sql) extension/assemble.sh \
        extension $(wildcard extension/upgrade)
RELEASED = $(patsubst extension/released/%.sql.txt,build/%.sql,$(sort $(wildcard extension/released/$(EXTENSION)--*.sql.txt)))
# The release before this one: its upgrade to this version is assembled.
# Older releases reach it through their released upgrade scripts, which
# PostgreSQL chains (README, Upgrading).
UPGRADE_FROM = 1.0
DATA_built = build/$(EXTENSION)--$(EXTVERSION).sql \
             $(foreach v,$(UPGRADE_FROM),build/$(EXTENSION)--$(v)--$(EXTVERSION).sql) \
             $(RELEASED)

# One topic per file; every file stands alone on the extension.
REGRESS = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --load-extension=$(EXTENSION) --load-extension=plpgsql --encoding=UTF8

PG_CFLAGS += -std=gnu99 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Werror=implicit-function-declaration
EXTRA_CLEAN = build results regression.diffs regression.out tests/out

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
# On a fresh machine there is no pg_config yet: only deps, demo and test
# work then, and they install it before they call make again.
ifneq ($(PGXS),)
include $(PGXS)
endif

# Expanded when a recipe runs, so after deps has installed pg_config.
PG_MAJOR = $(shell $(PG_CONFIG) --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')

build/$(EXTENSION)--$(EXTVERSION).sql: $(PARTS)
	@mkdir -p build
	extension/assemble.sh install $(EXTVERSION) > $@.tmp && mv $@.tmp $@

build/%.sql: extension/released/%.sql.txt extension/released/SHA256SUMS
	@mkdir -p build
	cd extension/released && sha256sum --quiet -c SHA256SUMS
	cp $< $@

build/$(EXTENSION)--%--$(EXTVERSION).sql: $(PARTS)
	@mkdir -p build
	extension/assemble.sh upgrade $* $(EXTVERSION) > $@.tmp && mv $@.tmp $@

.PHONY: deps demo test

deps:
	@tests/deps.sh

demo: deps
	$(MAKE) --no-print-directory all
	flock -o /tmp/lkj-install.lock sh -c '$(MAKE) --no-print-directory install >/dev/null && pg_virtualenv -t -v $(PG_MAJOR) psql -X -q -v ON_ERROR_STOP=1 -f data/demo.sql'

# Installing and testing hold one lock: the extension is installed into the
# server's directories, which every checkout on this machine shares.  flock -o
# keeps the lock out of the servers the command starts, and pg_virtualenv -t
# keeps each throw-away cluster in a temporary directory even as root, so an
# interrupted run leaves neither a held lock nor a cluster behind.
test: deps
	$(MAKE) --no-print-directory all
	flock -o /tmp/lkj-install.lock sh -c '$(MAKE) --no-print-directory install >/dev/null && tests/run.sh $(PG_MAJOR)'
