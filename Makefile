# Makefile: builds, installs and tests the lkj extension with PGXS.
#
#   make demo   install what is missing, build, print the Kunir 2024 report
#               from data on a throw-away cluster; UNIT=<kode> prints the
#               unit of data/<kode>_2024.sql instead (diskominfo, dit-peipd)
#   make test   install what is missing, build, run every test
#   make laporan  the LKj of UNIT (kunir) and TAHUN (2024) as HTML, PDF and
#               DOCX in LAPORAN_DIR (build/laporan), from data/<UNIT>_2024.sql
#               on a throw-away cluster; prints the three paths
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
PARTS = $(wildcard extension/[0-9]*.sql) $(wildcard extension/upgrade/*.sql) $(wildcard extension/akhir/*.sql) \
        extension/assemble.sh extension $(wildcard extension/upgrade) $(wildcard extension/akhir)
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

# Added to what PGXS and a packager set, never in their place.  LKJ_WERROR=1
# (on make's command line or in the environment; .ci/run sets it) makes
# every warning an error.  A command-line PG_CFLAGS would replace these
# lines instead of adding to them, hence a switch of its own.
LKJ_WARNINGS = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Werror=implicit-function-declaration
ifeq ($(LKJ_WERROR),1)
LKJ_WARNINGS += -Werror
endif
PG_CFLAGS += -std=gnu99 $(LKJ_WARNINGS)
EXTRA_CLEAN = build results regression.diffs regression.out tests/out

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
# On a fresh machine there is no pg_config yet: only deps, demo and test
# work then, and they install it before they call make again.
ifneq ($(PGXS),)
include $(PGXS)
# The same warnings for the bitcode clang compiles for the JIT, which PGXS
# builds from BITCODE_CFLAGS alone.
BITCODE_CFLAGS += $(LKJ_WARNINGS)
endif

# Expanded when a recipe runs, so after deps has installed pg_config.
PG_MAJOR = $(shell $(PG_CONFIG) --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')

# Translations of lkj's C messages (README, Errors): po/<language>.po is
# compiled to build/po/<language>.mo and installed where the server looks
# for catalogs, $(localedir)/<language>/LC_MESSAGES/lkj-<major>.mo
# (pg_config --localedir; below DESTDIR too, where src/lkj.c finds it
# through extension_destdir).  msgfmt --check refuses a translation whose
# format specifiers differ from its message's.
# `make update-po` (for maintainers, after changing a message) extracts
# every message into po/lkj.pot and merges it into each po/<language>.po;
# then translate what msgmerge marks fuzzy or leaves empty.
# The keywords are PostgreSQL's (nls-global.mk), with L_ (src/terjemah.h) and
# the detail of src/skala.c's scale_invalid.
NLS_LANGUAGES = $(basename $(notdir $(wildcard po/*.po)))
MO_FILES = $(patsubst %,build/po/%.mo,$(NLS_LANGUAGES))
GETTEXT_TRIGGERS = _ L_ errmsg errmsg_plural:1,2 errdetail errdetail_plural:1,2 errhint errcontext scale_invalid:3
GETTEXT_FLAGS = _:1:pass-c-format L_:1:pass-c-format scale_invalid:3:c-format errmsg:1:c-format errmsg_plural:1:c-format \
                errmsg_plural:2:c-format errdetail:1:c-format errdetail_plural:1:c-format \
                errdetail_plural:2:c-format errhint:1:c-format errcontext:1:c-format

ifneq ($(PGXS),)
all: $(MO_FILES)
install: install-po
uninstall: uninstall-po
endif

build/po/%.mo: po/%.po
	@mkdir -p build/po
	msgfmt --check -o $@ $<

.PHONY: install-po uninstall-po update-po
install-po: $(MO_FILES)
	@set -e; for lang in $(NLS_LANGUAGES); do \
	  $(MKDIR_P) '$(DESTDIR)$(localedir)'/$$lang/LC_MESSAGES; \
	  echo "$(INSTALL_DATA) build/po/$$lang.mo '$(DESTDIR)$(localedir)'/$$lang/LC_MESSAGES/$(EXTENSION)-$(MAJORVERSION).mo"; \
	  $(INSTALL_DATA) build/po/$$lang.mo '$(DESTDIR)$(localedir)'/$$lang/LC_MESSAGES/$(EXTENSION)-$(MAJORVERSION).mo; \
	done

uninstall-po:
	rm -f $(foreach lang,$(NLS_LANGUAGES),'$(DESTDIR)$(localedir)/$(lang)/LC_MESSAGES/$(EXTENSION)-$(MAJORVERSION).mo')

update-po:
	xgettext -o po/$(EXTENSION).pot --language=C --from-code=UTF-8 --add-comments=translator \
	  --no-wrap --sort-by-file --add-location=file --package-name=$(EXTENSION) --package-version=$(EXTVERSION) \
	  $(addprefix -k,$(GETTEXT_TRIGGERS)) $(addprefix --flag=,$(GETTEXT_FLAGS)) $(sort $(wildcard src/*.c))
	@set -e; for lang in $(NLS_LANGUAGES); do \
	  echo "msgmerge po/$$lang.po"; msgmerge --quiet --update --backup=none --no-wrap --add-location=file po/$$lang.po po/$(EXTENSION).pot; \
	done

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

.PHONY: deps demo test laporan

deps:
	@tests/deps.sh

# demo and test install the build into a temporary directory of their own,
# which their throw-away clusters read through Debian's extension_destdir,
# and run those clusters on free ports (tests/cluster.sh): they leave the
# machine-wide PostgreSQL directories alone, so checkouts on one machine
# need no lock and can run side by side.  `make install` still installs
# machine-wide, for a server of your own.
# demo's standard output is the report alone: the build is silent unless it fails.
UNIT ?= kunir
demo: deps
	@test -f 'data/$(UNIT)_2024.sql' || { echo "make demo: no data/$(UNIT)_2024.sql (UNIT is a unit's kode)" >&2; exit 2; }
	@$(MAKE) --no-print-directory -s all >/dev/null
	@tests/cluster.sh -v $(PG_MAJOR) psql -X -q -v ON_ERROR_STOP=1 -v 'unit=$(UNIT)' -f data/demo.sql

# The document (tools/dokumen/laporan.sh): lkj.dokumen()'s HTML, printed to
# PDF by WeasyPrint and converted to Word by tools/dokumen/ke_docx.py.
TAHUN ?= 2024
LAPORAN_DIR ?= build/laporan
laporan: deps
	@test -f 'data/$(UNIT)_2024.sql' || { echo "make laporan: no data/$(UNIT)_2024.sql (UNIT is a unit's kode)" >&2; exit 2; }
	@$(MAKE) --no-print-directory -s all >/dev/null
	@tests/cluster.sh -v $(PG_MAJOR) tools/dokumen/laporan.sh '$(UNIT)' '$(TAHUN)' '$(abspath $(LAPORAN_DIR))' 2>/dev/null

test: deps
	$(MAKE) --no-print-directory all
	tests/run.sh $(PG_MAJOR)
