/*
 * src/akses.c: the test row security's policies make on a unit table, and
 * what it tells the planner (README, Sharing one database; At national
 * scale).
 *
 * A unit table's policy asks whether the row's unit is among the caller's,
 * an array lkj.akses_instansi builds once per statement (an InitPlan).
 * Written as instansi = ANY (array), the planner cannot see the array and
 * takes it for 10 units out of all: a report view's own instansi = 'u00001'
 * times that guess makes one row of a unit's hundreds at 5,000 units, and
 * the plans re-run whole sub-plans in nested loops.  lkj.akses_boleh is the
 * same test with a support function that
 *  - estimates the policy as keeping every row when the same scan names
 *    one unit by equality already: that unit's rows are all the caller's or
 *    none, and a plan for none costs nothing;
 *  - else estimates it as the planner estimates = ANY, so a dashboard over
 *    many units is planned as before;
 *  - offers instansi = ANY (array) to a b-tree on instansi, so a reader of
 *    many units (periksa of a regency) still reaches the tables' keys.
 */
#include "postgres.h"

#include <string.h>

#include "catalog/pg_am_d.h"
#include "catalog/pg_collation_d.h"
#include "catalog/pg_operator_d.h"
#include "catalog/pg_type_d.h"
#include "fmgr.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/pathnodes.h"
#include "nodes/supportnodes.h"
#include "optimizer/clauses.h"
#include "optimizer/optimizer.h"
#include "utils/array.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"

/*
 * The caller's units as a sorted set, built once per expression and array.
 * The array is an InitPlan's value, computed once per execution of the
 * statement and kept until its end; fn_extra lives exactly as long, so the
 * set is keyed on the array's address.  A filter over many units (lkj_admin
 * reads them all, 25,000 at national scale) then costs a binary search a
 * row, not a pass over the array: a bitmap scan rechecks the policy on
 * every row even when its index condition was the policy itself.
 */
typedef struct UnitCode
{
	const char *data;
	int			len;
} UnitCode;

typedef struct UnitSet
{
	const void *key;			/* the array datum the set was built from */
	Size		keysize;
	ArrayType  *copy;			/* what codes point into */
	int			n;
	UnitCode   *codes;
} UnitSet;

/* By length, then by bytes: an order, not the collation's. */
static int
unit_code_cmp(const void *a, const void *b)
{
	const UnitCode *x = (const UnitCode *) a;
	const UnitCode *y = (const UnitCode *) b;

	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return memcmp(x->data, y->data, x->len);
}

static Size
datum_size(const void *p)
{
	/* an expanded or toasted array has no size of its own to compare */
	return VARATT_IS_EXTENDED(p) ? 0 : VARSIZE(p);
}

static UnitSet *
unit_set(FunctionCallInfo fcinfo)
{
	const void *key = DatumGetPointer(PG_GETARG_DATUM(1));
	UnitSet    *set = (UnitSet *) fcinfo->flinfo->fn_extra;
	MemoryContext old;
	ArrayType  *boleh;
	ArrayIterator it;
	Datum		d;
	bool		isnull;

	if (set != NULL && set->key == key && set->keysize == datum_size(key))
		return set;

	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	if (set == NULL)
		set = (UnitSet *) palloc0(sizeof(UnitSet));
	else
	{
		pfree(set->codes);
		pfree(set->copy);
	}
	/* a copy: the set points into it, whatever becomes of the argument */
	boleh = DatumGetArrayTypePCopy(PG_GETARG_DATUM(1));
	set->copy = boleh;
	set->key = key;
	set->keysize = datum_size(key);
	set->n = 0;
	set->codes = (UnitCode *) palloc(sizeof(UnitCode) *
									 Max(1, ArrayGetNItems(ARR_NDIM(boleh), ARR_DIMS(boleh))));
	it = array_create_iterator(boleh, 0, NULL);
	while (array_iterate(it, &d, &isnull))
	{
		text	   *e;

		if (isnull)
			continue;			/* NULL matches nothing */
		e = (text *) DatumGetPointer(d);
		if (VARATT_IS_EXTENDED(e) && !VARATT_IS_SHORT(e))
			e = pg_detoast_datum_packed(e);
		set->codes[set->n].data = VARDATA_ANY(e);
		set->codes[set->n].len = (int) VARSIZE_ANY_EXHDR(e);
		set->n++;
	}
	array_free_iterator(it);
	qsort(set->codes, set->n, sizeof(UnitCode), unit_code_cmp);
	fcinfo->flinfo->fn_extra = set;
	MemoryContextSwitchTo(old);
	return set;
}

/*
 * Unit codes compare by their bytes, as text's = does under a
 * deterministic collation (every database default is one).
 */
PG_FUNCTION_INFO_V1(akses_boleh);
Datum
akses_boleh(PG_FUNCTION_ARGS)
{
	text	   *unit = PG_GETARG_TEXT_PP(0);
	UnitSet    *set = unit_set(fcinfo);
	UnitCode	probe;

	probe.data = VARDATA_ANY(unit);
	probe.len = (int) VARSIZE_ANY_EXHDR(unit);
	PG_RETURN_BOOL(set->n > 0 &&
				   bsearch(&probe, set->codes, set->n, sizeof(UnitCode), unit_code_cmp) != NULL);
}

/* unit = ANY (boleh) as the planner knows it: texteq, OR over the array */
static ScalarArrayOpExpr *
as_any(Node *unit, Node *boleh, Oid collid)
{
	ScalarArrayOpExpr *saop = makeNode(ScalarArrayOpExpr);

	saop->opno = TextEqualOperator;
	saop->opfuncid = F_TEXTEQ;
	saop->hashfuncid = InvalidOid;
	saop->negfuncid = InvalidOid;
	saop->useOr = true;
	saop->inputcollid = collid;
	saop->args = list_make2(copyObject(unit), copyObject(boleh));
	saop->location = -1;
	return saop;
}

/*
 * Whether the scan of var's relation already keeps one unit by equality,
 * var = c with c free of the scan's columns (a constant, or a parameter as
 * laporan's generic plans hold): the planner puts such a clause, given or
 * implied by a join on instansi, among the relation's restrictions.
 */
static bool
one_unit_named(PlannerInfo *root, Var *var)
{
	RelOptInfo *rel;
	ListCell   *lc;

	if (root == NULL || var->varlevelsup != 0 || var->varno <= 0 ||
		var->varno >= root->simple_rel_array_size)
		return false;
	rel = root->simple_rel_array[var->varno];
	if (rel == NULL)
		return false;
	foreach(lc, rel->baserestrictinfo)
	{
		RestrictInfo *ri = lfirst_node(RestrictInfo, lc);
		OpExpr	   *op;
		Node	   *l;
		Node	   *r;

		if (!IsA(ri->clause, OpExpr))
			continue;
		op = (OpExpr *) ri->clause;
		if (list_length(op->args) != 2 || get_oprrest(op->opno) != F_EQSEL)
			continue;
		l = strip_implicit_coercions(linitial(op->args));
		r = strip_implicit_coercions(lsecond(op->args));
		if (!IsA(l, Var))
		{
			Node	   *t = l;

			l = r;
			r = t;
		}
		if (IsA(l, Var) &&
			((Var *) l)->varno == var->varno &&
			((Var *) l)->varattno == var->varattno &&
			((Var *) l)->varlevelsup == 0 &&
			!contain_var_clause(r) && !contain_volatile_functions(r) &&
			!(IsA(r, Const) && ((Const *) r)->constisnull))
			return true;
	}
	return false;
}

PG_FUNCTION_INFO_V1(akses_boleh_dukung);
Datum
akses_boleh_dukung(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);
	Node	   *ret = NULL;

	if (IsA(rawreq, SupportRequestSelectivity))
	{
		SupportRequestSelectivity *req = (SupportRequestSelectivity *) rawreq;
		Node	   *unit;
		Node	   *boleh;

		if (list_length(req->args) == 2)
		{
			unit = strip_implicit_coercions(linitial(req->args));
			boleh = lsecond(req->args);
			if (!req->is_join && IsA(unit, Var) && one_unit_named(req->root, (Var *) unit))
				req->selectivity = 1.0;
			else
				req->selectivity = clause_selectivity(req->root,
													  (Node *) as_any(linitial(req->args), boleh,
																	  req->inputcollid),
													  req->varRelid, req->jointype, req->sjinfo);
			ret = (Node *) req;
		}
	}
	else if (IsA(rawreq, SupportRequestIndexCondition))
	{
		SupportRequestIndexCondition *req = (SupportRequestIndexCondition *) rawreq;

		if (IsA(req->node, FuncExpr) && req->indexarg == 0 &&
			req->index->relam == BTREE_AM_OID &&
			op_in_opfamily(TextEqualOperator, req->opfamily))
		{
			FuncExpr   *f = (FuncExpr *) req->node;
			Node	   *unit = strip_implicit_coercions(linitial(f->args));
			Node	   *boleh = lsecond(f->args);

			/*
			 * The array must be known before the scan starts, as an index
			 * key.  Where the scan names its unit already, the unit's key is
			 * the better condition: the planner costs = ANY of an array it
			 * cannot see as ten descents of the index, and would rather read
			 * a small table whole.
			 */
			if ((req->indexcollation == f->inputcollid ||
				 !OidIsValid(req->indexcollation)) &&
				!contain_var_clause(boleh) && !contain_volatile_functions(boleh) &&
				!(IsA(unit, Var) && one_unit_named(req->root, (Var *) unit)))
			{
				req->lossy = false;
				ret = (Node *) list_make1(as_any(linitial(f->args), boleh, f->inputcollid));
			}
		}
	}
	PG_RETURN_POINTER(ret);
}
