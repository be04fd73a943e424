/*
 * src/lkj.c: the module's one PG_MODULE_MAGIC.
 *
 * Every concern lives in a file of its own (capaian.c, kriteria.c,
 * format.c, ...); this file only marks the shared object as a PostgreSQL
 * module.
 */
#include "postgres.h"

#include "fmgr.h"

PG_MODULE_MAGIC;
