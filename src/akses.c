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

#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_am_d.h"
#include "catalog/pg_collation_d.h"
#include "catalog/pg_operator_d.h"
#include "catalog/pg_type_d.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/pathnodes.h"
#include "nodes/supportnodes.h"
#include "optimizer/clauses.h"
#include "optimizer/optimizer.h"
#include "parser/parse_func.h"
#include "storage/proc.h"
#include "utils/array.h"
#include "utils/fmgroids.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

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

/*
 * lkj.akses_instansi(hak): the units whose rows the current role may, by
 * its grants, as lkj.akses_instansi_hitung computes them; remembered for as
 * long as its answer cannot change.  Every table a statement reads calls
 * it once (its policy's InitPlan), and laporan's sixty statements call it
 * about 360 times for one answer: 0,09 ms each, a third of the report's
 * time under row security.
 *
 * The answer depends on the role asking, the word hak, and the rows of
 * lkj.akses, lkj.instansi and lkj.pemda the caller's snapshot shows.  So it
 * is remembered per role and word, and for one snapshot of one transaction
 * and subtransaction: the same transaction (lxid, and the subtransaction,
 * which a ROLLBACK TO SAVEPOINT replaces), and a snapshot that shows the
 * same rows (below).  A role granted or revoked by another session is seen
 * from the next snapshot, as a plan already made is.
 */
#define AKSES_XIP 64

typedef struct AksesKunci
{
	bool		valid;
	bool		suboverflowed;
	Oid			userid;
	LocalTransactionId lxid;
	SubTransactionId subxid;
	CommandId	curcid;
	TransactionId xmin;
	TransactionId xmax;
	uint32		xcnt;
	int32		subxcnt;
	TransactionId xip[AKSES_XIP];
	TransactionId subxip[AKSES_XIP];
	char		hak[16];
} AksesKunci;

typedef struct AksesIngat
{
	AksesKunci	kunci;
	Datum		units;			/* a flat text[] in akses_cxt */
} AksesIngat;

#define AKSES_INGAT 4			/* baca, tulis, atur, periksa */

static AksesIngat akses_ingat[AKSES_INGAT];
static int	akses_berikut = 0;
static MemoryContext akses_cxt = NULL;

/*
 * The key of this call; false when there is none to trust.  An MVCC
 * snapshot's visibility is its xmin, xmax, the transactions in progress
 * (xip, subxip) and, for the transaction's own rows, curcid: two
 * snapshots equal in all of them show the same rows.
 */
static bool
akses_kunci(const char *hak, AksesKunci *k)
{
	Snapshot	snap;

	if (!ActiveSnapshotSet() || strlen(hak) >= sizeof(k->hak))
		return false;
	snap = GetActiveSnapshot();
	if (snap->snapshot_type != SNAPSHOT_MVCC || snap->takenDuringRecovery ||
		snap->xcnt > AKSES_XIP || snap->subxcnt < 0 || snap->subxcnt > AKSES_XIP)
		return false;
	memset(k, 0, sizeof(AksesKunci));
	k->valid = true;
	k->suboverflowed = snap->suboverflowed;
	k->userid = GetUserId();
	k->lxid = MyProc->lxid;
	k->subxid = GetCurrentSubTransactionId();
	k->curcid = snap->curcid;
	k->xmin = snap->xmin;
	k->xmax = snap->xmax;
	k->xcnt = snap->xcnt;
	k->subxcnt = snap->subxcnt;
	if (snap->xcnt > 0)
		memcpy(k->xip, snap->xip, snap->xcnt * sizeof(TransactionId));
	if (snap->subxcnt > 0)
		memcpy(k->subxip, snap->subxip, snap->subxcnt * sizeof(TransactionId));
	strlcpy(k->hak, hak, sizeof(k->hak));
	return true;
}

PG_FUNCTION_INFO_V1(akses_instansi);
Datum
akses_instansi(PG_FUNCTION_ARGS)
{
	FmgrInfo   *hitung = (FmgrInfo *) fcinfo->flinfo->fn_extra;
	char	   *hak = text_to_cstring(PG_GETARG_TEXT_PP(0));
	AksesKunci	k;
	bool		ada_kunci = akses_kunci(hak, &k);
	Datum		units;
	MemoryContext old;
	int			i;

	if (ada_kunci)
		for (i = 0; i < AKSES_INGAT; i++)
			if (akses_ingat[i].kunci.valid &&
				memcmp(&akses_ingat[i].kunci, &k, sizeof(AksesKunci)) == 0)
				PG_RETURN_DATUM(datumCopy(akses_ingat[i].units, false, -1));

	if (hitung == NULL)
	{
		char	   *nsp = get_namespace_name(get_func_namespace(fcinfo->flinfo->fn_oid));
		Oid			argtypes[1] = {TEXTOID};
		Oid			body = LookupFuncName(list_make2(makeString(nsp), makeString("akses_instansi_hitung")),
										  1, argtypes, false);

		hitung = (FmgrInfo *) MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(FmgrInfo));
		fmgr_info_cxt(body, hitung, fcinfo->flinfo->fn_mcxt);
		fcinfo->flinfo->fn_extra = hitung;
	}
	units = FunctionCall1Coll(hitung, PG_GET_COLLATION(), PG_GETARG_DATUM(0));

	if (ada_kunci)
	{
		AksesIngat *slot = &akses_ingat[akses_berikut];

		if (akses_cxt == NULL)
			akses_cxt = AllocSetContextCreate(TopMemoryContext, "lkj akses_instansi",
											  ALLOCSET_SMALL_SIZES);
		slot->kunci.valid = false;
		if (slot->units != (Datum) 0)
			pfree(DatumGetPointer(slot->units));
		old = MemoryContextSwitchTo(akses_cxt);
		slot->units = datumCopy(units, false, -1);
		MemoryContextSwitchTo(old);
		memcpy(&slot->kunci, &k, sizeof(AksesKunci));
		akses_berikut = (akses_berikut + 1) % AKSES_INGAT;
	}
	PG_RETURN_DATUM(units);
}
