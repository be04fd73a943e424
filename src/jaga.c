/*
 * src/jaga.c: the event trigger that keeps the units' data and the schema's
 * CREATE privilege (README, Sharing one database).
 *
 * DROP EXTENSION lkj, DROP SCHEMA lkj (with CASCADE) and DROP OWNED BY the
 * extension's owner would delete every unit's rows with the tables.  The
 * extension's own sql_drop trigger cannot stop that: it is dropped with the
 * extension before it would fire.  So this runs at ddl_command_start, reads
 * the statement's parse tree (the names it drops, not the query text), and
 * refuses while a table of lkj holds rows pg_dump would dump, unless the
 * session confirmed in lkj.hapus_data with the database's name.
 *
 * GRANT of CREATE on lkj's schema is refused always: whoever creates there
 * can put a function or a check view in the path of lkj.laporan and
 * lkj.periksa, which then run it as whoever calls them.
 */
#include "postgres.h"

#include <string.h>

#include "catalog/dependency.h"
#include "catalog/pg_proc.h"
#include "commands/dbcommands.h"
#include "commands/event_trigger.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "terjemah.h"

#define HAPUS_DATA_GUC "lkj.hapus_data"

/* Whether a list of String nodes (a statement's object names) holds name. */
static bool
name_listed(List *names, const char *name)
{
	ListCell   *lc;

	foreach(lc, names)
	{
		Node	   *n = (Node *) lfirst(lc);

		if (IsA(n, String) && strcmp(strVal(n), name) == 0)
			return true;
	}
	return false;
}

/*
 * How many of the extension's config tables hold a row their pg_dump
 * condition keeps (the built-in scales do not count); *first gets the name
 * of the first.  Runs on search_path pg_catalog, pg_temp so that no
 * caller's operator reaches the conditions, and returns the owner.
 */
static int
tables_with_rows(Oid extoid, char **first, Oid *owner)
{
	int			nestlevel = NewGUCNestLevel();
	Datum		arg = ObjectIdGetDatum(extoid);
	Oid			argtype = OIDOID;
	SPITupleTable *tables;
	uint64		ntables;
	int			count = 0;

	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_with_args(
							  "SELECT e.extowner, c.oid::pg_catalog.regclass::pg_catalog.text, x.cond"
							  "  FROM pg_catalog.pg_extension e"
							  "  LEFT JOIN LATERAL ROWS FROM (pg_catalog.unnest(e.extconfig), pg_catalog.unnest(e.extcondition))"
							  "       AS x(tab, cond) ON true"
							  "  LEFT JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) x.tab"
							  " WHERE e.oid OPERATOR(pg_catalog.=) $1"
							  " ORDER BY 2",
							  1, &argtype, &arg, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading the extension's tables failed");
	tables = SPI_tuptable;
	ntables = SPI_processed;
	*first = NULL;
	*owner = InvalidOid;
	for (uint64 i = 0; i < ntables; i++)
	{
		HeapTuple	tup = tables->vals[i];
		bool		isnull;
		Datum		o = SPI_getbinval(tup, tables->tupdesc, 1, &isnull);
		char	   *table = SPI_getvalue(tup, tables->tupdesc, 2);
		char	   *cond = SPI_getvalue(tup, tables->tupdesc, 3);

		*owner = DatumGetObjectId(o);
		if (table == NULL)
			continue;
		if (SPI_execute(psprintf("SELECT 1 FROM %s %s LIMIT 1", table,
								 cond ? cond : ""), true, 1) != SPI_OK_SELECT)
			elog(ERROR, "reading table %s failed", table);
		if (SPI_processed > 0)
		{
			if (count++ == 0)
				*first = MemoryContextStrdup(TopTransactionContext, table);
		}
	}
	SPI_finish();
	AtEOXact_GUC(true, nestlevel);
	return count;
}

/* Whether the session confirmed the loss: lkj.hapus_data = this database. */
static bool
deletion_confirmed(char **dbname)
{
	const char *v = GetConfigOption(HAPUS_DATA_GUC, true, false);

	*dbname = get_database_name(MyDatabaseId);
	return v != NULL && *dbname != NULL && strcmp(v, *dbname) == 0;
}

static void
refuse_drop(const char *what, Oid extoid)
{
	char	   *first;
	char	   *dbname;
	Oid			owner;
	int			n = tables_with_rows(extoid, &first, &owner);

	if (n == 0 || deletion_confirmed(&dbname))
		return;
	ereport(ERROR,
			(errcode(ERRCODE_DEPENDENT_OBJECTS_STILL_EXIST),
			 errmsg("cannot drop %s while lkj's tables hold data", what),
			 errdetail_plural("Table %s holds rows that would be deleted with it (%d table holds rows).",
							  "Table %s holds rows that would be deleted with it (%d tables hold rows).",
							  n, first, n),
			 errhint("Keep a copy first (pg_dump), then confirm in the same transaction: "
					 "SET LOCAL %s = '%s'; before the DROP.", HAPUS_DATA_GUC, dbname)));
}

/* jaga_skema(): the ddl_command_start trigger lkj_jaga_skema runs */
PG_FUNCTION_INFO_V1(jaga_skema);
Datum
jaga_skema(PG_FUNCTION_ARGS)
{
	EventTriggerData *trig;
	Node	   *tree;
	Oid			fn = fcinfo->flinfo->fn_oid;
	Oid			extoid;
	const char *extname;
	const char *nspname;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		elog(ERROR, "jaga_skema: not called by an event trigger");
	trig = (EventTriggerData *) fcinfo->context;
	tree = trig->parsetree;

	/* outside the extension (membership dissolved) it guards nothing */
	extoid = getExtensionOfObject(ProcedureRelationId, fn);
	if (!OidIsValid(extoid))
		PG_RETURN_VOID();
	extname = get_extension_name(extoid);
	nspname = get_namespace_name(get_func_namespace(fn));
	if (extname == NULL || nspname == NULL)
		PG_RETURN_VOID();

	if (IsA(tree, DropStmt))
	{
		DropStmt   *stmt = (DropStmt *) tree;

		if (stmt->removeType == OBJECT_EXTENSION && name_listed(stmt->objects, extname))
			refuse_drop(psprintf(L_("extension %s"), extname), extoid);
		else if (stmt->removeType == OBJECT_SCHEMA && name_listed(stmt->objects, nspname))
			refuse_drop(psprintf(L_("schema %s"), nspname), extoid);
	}
	else if (IsA(tree, DropOwnedStmt))
	{
		DropOwnedStmt *stmt = (DropOwnedStmt *) tree;
		char	   *first;
		Oid			owner;
		ListCell   *lc;

		/* the owner's objects include the extension and its schema */
		(void) tables_with_rows(extoid, &first, &owner);
		foreach(lc, stmt->roles)
		{
			if (get_rolespec_oid((RoleSpec *) lfirst(lc), true) == owner)
			{
				refuse_drop(psprintf(L_("the objects of %s's owner"), extname), extoid);
				break;
			}
		}
	}
	else if (IsA(tree, GrantStmt))
	{
		GrantStmt  *stmt = (GrantStmt *) tree;
		bool		create = stmt->privileges == NIL;	/* ALL */
		ListCell   *lc;

		foreach(lc, stmt->privileges)
		{
			AccessPriv *p = (AccessPriv *) lfirst(lc);

			if (p->priv_name != NULL && strcmp(p->priv_name, "create") == 0)
				create = true;
		}
		if (stmt->is_grant && create && stmt->targtype == ACL_TARGET_OBJECT &&
			stmt->objtype == OBJECT_SCHEMA && name_listed(stmt->objects, nspname))
			ereport(ERROR,
					(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					 errmsg("cannot grant CREATE on schema %s", nspname),
					 errdetail("Only the owner of extension %s creates in schema %s: a function or check view "
							   "created there runs as whoever calls lkj.laporan or lkj.periksa.",
							   extname, nspname),
					 errhint("Grant USAGE on the schema and the table privileges a role needs; "
							 "a check of your own is added by the extension's owner.")));
	}
	PG_RETURN_VOID();
}
