# vecstore: a columnar table access method and a pgvector-compatible vector
# type for PostgreSQL 15, built with PGXS.

EXTENSION = vecstore
EXTVERSION = 0.1.0

MODULE_big = vecstore
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))
SHLIB_LINK += -lzstd

# The install script is assembled from one fragment per concern.
DATA_built = $(EXTENSION)--$(EXTVERSION).sql
INSTALL_FRAGMENTS = $(sort $(wildcard sql/install/*.sql))

# pg_regress: sql/NAME.sql against expected/NAME.out.
REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --load-extension=$(EXTENSION)

# Isolation specs live under test/isolation.
ISOLATION = $(patsubst test/isolation/specs/%.spec,%,$(sort $(wildcard test/isolation/specs/*.spec)))
ISOLATION_OPTS = --inputdir=test/isolation --load-extension=$(EXTENSION)

# No -march flag: SIMD kernels are chosen at load time (see src/distance.c).
PG_CFLAGS += -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers
ifdef WERROR
PG_CFLAGS += -Werror
endif

EXTRA_CLEAN = test/unit/build test/bench/flatscan tmp_check results output_iso \
	regression.diffs regression.out

PG_CONFIG ?= /usr/lib/postgresql/15/bin/pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Debian's server is built without --enable-depend, so PGXS does not track
# headers: rebuild every object when any of ours changes.
$(OBJS): $(wildcard src/*.h)

$(EXTENSION)--$(EXTVERSION).sql: $(INSTALL_FRAGMENTS)
	cat $^ > $@

# TAP tests (test/t/*.pl) run initdb themselves, so they must not run as
# root; test/run-suite takes care of that.
prove:
	$(prove_installcheck)

PROVE_TESTS = test/t/*.pl

.PHONY: prove unit bench
unit:
	$(MAKE) -C test/unit PG_CONFIG=$(PG_CONFIG)

bench:
	test/bench/run $(if $(QUICK),--quick)
