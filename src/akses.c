/*
 * src/akses.c: the test row security's policies make on a unit table, and
 * what it tells the planner (README, Sharing one database; At national
 * scale).
 *
 * A unit table's policy is lkj.akses_boleh(instansi, hak): whether the
 * row's unit is among those the current role may read (hak 'baca') or
 * write ('tulis', 'atur', 'periksa'), as lkj.akses_instansi(hak) lists
 * them.  Two costs shaped it.
 *
 * The list.  Every table a statement reads asks for it, and laporan's sixty
 * statements asked about 360 times for one answer (0,09 ms each, a third of
 * the report's time under row security).  So the answer is remembered per
 * role, word and snapshot (akses_ingat below), and each row is looked up in
 * it by binary search (lkj_admin's list holds every unit of the nation).
 *
 * The plan.  Written as instansi = ANY (list), the planner could not see
 * the list and took it for 10 units out of all: a report view's own
 * instansi = 'u00001' times that guess made one row of a unit's hundreds
 * at 5,000 units, and the plans re-ran whole sub-plans in nested loops.
 * akses_boleh's support function
 *  - estimates the policy as keeping every row when the same scan names
 *    one unit by equality already: that unit's rows are all the caller's or
 *    none, and a plan for none costs nothing;
 *  - else estimates it as instansi = ANY (lkj.akses_instansi(hak)), which
 *    the planner evaluates while planning: the caller's real list;
 *  - offers that = ANY to a b-tree on instansi when no unit is named, so a
 *    reader of many units (periksa of a regency) reaches the tables' keys.
 */
#include "postgres.h"

#include <string.h>

#include "access/xact.h"
#include "catalog/pg_am_d.h"
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
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

/* ------------------------------------------------------------------------
 * The remembered answer.
 *
 * akses_instansi_hitung's answer depends on the role asking, the word, and
 * the rows of lkj.akses, lkj.instansi and lkj.pemda the caller's snapshot
 * shows.  It is remembered for the same role and word, in the same
 * transaction and subtransaction (a ROLLBACK TO SAVEPOINT starts another),
 * under a snapshot that shows the same rows: an MVCC snapshot's visibility
 * is its xmin, xmax, the transactions in progress (xip, subxip) and, for
 * the transaction's own rows, curcid.  A role granted by another session is
 * seen from the next snapshot on, as by a plan already made.
 * ------------------------------------------------------------------------
 */
#define AKSES_XIP 64
#define AKSES_HAK 16

typedef struct AksesKunci
{
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
	int			haklen;
	char		hak[AKSES_HAK];
} AksesKunci;

/* A unit code in a sorted list: by length, then by bytes. */
typedef struct UnitCode
{
	const char *data;
	int			len;
} UnitCode;

typedef struct AksesIngat
{
	bool		valid;
	uint64		generasi;		/* changes whenever the slot is refilled */
	AksesKunci	kunci;
	Datum		units;			/* a flat text[] */
	int			n;				/* codes, built when akses_boleh first asks */
	UnitCode   *codes;
	MemoryContext cxt;			/* units and codes; a child of TopMemoryContext */
} AksesIngat;

#define AKSES_INGAT 4			/* baca, tulis, atur, periksa */

static AksesIngat akses_ingat[AKSES_INGAT];
static int	akses_berikut = 0;
static uint64 akses_generasi = 0;

static int
unit_code_cmp(const void *a, const void *b)
{
	const UnitCode *x = (const UnitCode *) a;
	const UnitCode *y = (const UnitCode *) b;

	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return memcmp(x->data, y->data, x->len);
}

/* The snapshot a remembered answer may be used under, or NULL. */
static Snapshot
akses_snapshot(void)
{
	Snapshot	snap;

	if (!ActiveSnapshotSet())
		return NULL;
	snap = GetActiveSnapshot();
	if (snap->snapshot_type != SNAPSHOT_MVCC || snap->takenDuringRecovery ||
		snap->xcnt > AKSES_XIP || snap->subxcnt < 0 || snap->subxcnt > AKSES_XIP)
		return NULL;
	return snap;
}

static void
akses_kunci(Snapshot snap, const char *hak, int haklen, AksesKunci *k)
{
	memset(k, 0, sizeof(AksesKunci));
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
	k->haklen = haklen;
	memcpy(k->hak, hak, haklen);
}

/* Whether k is the key of this call: compared field by field, no copy. */
static bool
akses_kunci_sama(const AksesKunci *k, Snapshot snap, const char *hak, int haklen)
{
	return k->curcid == snap->curcid &&
		k->xmin == snap->xmin &&
		k->xmax == snap->xmax &&
		k->xcnt == snap->xcnt &&
		k->subxcnt == snap->subxcnt &&
		k->suboverflowed == snap->suboverflowed &&
		k->userid == GetUserId() &&
		k->lxid == MyProc->lxid &&
		k->subxid == GetCurrentSubTransactionId() &&
		k->haklen == haklen &&
		memcmp(k->hak, hak, haklen) == 0 &&
		(snap->xcnt == 0 ||
		 memcmp(k->xip, snap->xip, snap->xcnt * sizeof(TransactionId)) == 0) &&
		(snap->subxcnt <= 0 ||
		 memcmp(k->subxip, snap->subxip, snap->subxcnt * sizeof(TransactionId)) == 0);
}

/*
 * lkj's function name(text), looked up in the schema the function sibling
 * lives in, never through a search_path a caller could put ahead of it.
 */
static Oid
fungsi_sebelah(Oid sibling, const char *name)
{
	char	   *nsp = get_namespace_name(get_func_namespace(sibling));
	Oid			argtypes[1] = {TEXTOID};

	return LookupFuncName(list_make2(makeString(nsp), makeString(pstrdup(name))), 1, argtypes, false);
}

/* What a call site keeps: the body to call, and the slot it used last. */
typedef struct AksesPanggil
{
	FmgrInfo	hitung;
	AksesIngat *slot;
	uint64		generasi;
} AksesPanggil;

static AksesPanggil *
akses_panggil(FunctionCallInfo fcinfo)
{
	AksesPanggil *p = (AksesPanggil *) fcinfo->flinfo->fn_extra;

	if (p == NULL)
	{
		p = (AksesPanggil *) MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(AksesPanggil));
		fmgr_info_cxt(fungsi_sebelah(fcinfo->flinfo->fn_oid, "akses_instansi_hitung"),
					  &p->hitung, fcinfo->flinfo->fn_mcxt);
		fcinfo->flinfo->fn_extra = p;
	}
	return p;
}

static void
akses_kosongkan(AksesIngat *slot)
{
	slot->valid = false;
	if (slot->cxt != NULL)
		MemoryContextReset(slot->cxt);
	slot->units = (Datum) 0;
	slot->codes = NULL;
	slot->n = 0;
}

/*
 * The answer for hak: remembered, or computed by akses_instansi_hitung and
 * remembered.  Without a snapshot to trust the answer is computed into
 * tmp, allocated in the caller's memory, and not remembered.
 */
static AksesIngat *
akses_ambil(FunctionCallInfo fcinfo, text *hak_teks, AksesIngat *tmp)
{
	AksesPanggil *p = akses_panggil(fcinfo);
	const char *hak = VARDATA_ANY(hak_teks);
	int			haklen = VARSIZE_ANY_EXHDR(hak_teks);
	Snapshot	snap = haklen < AKSES_HAK ? akses_snapshot() : NULL;
	AksesIngat *slot;
	Datum		units;
	MemoryContext old;
	int			i;

	if (snap != NULL)
	{
		if (p->slot != NULL && p->slot->valid && p->slot->generasi == p->generasi &&
			akses_kunci_sama(&p->slot->kunci, snap, hak, haklen))
			return p->slot;
		for (i = 0; i < AKSES_INGAT; i++)
			if (akses_ingat[i].valid && akses_kunci_sama(&akses_ingat[i].kunci, snap, hak, haklen))
			{
				p->slot = &akses_ingat[i];
				p->generasi = akses_ingat[i].generasi;
				return p->slot;
			}
	}

	units = FunctionCall1Coll(&p->hitung, PG_GET_COLLATION(), PointerGetDatum(hak_teks));

	if (snap == NULL)
	{
		memset(tmp, 0, sizeof(AksesIngat));
		tmp->units = datumCopy(units, false, -1);
		tmp->cxt = CurrentMemoryContext;
		return tmp;
	}

	slot = &akses_ingat[akses_berikut];
	akses_berikut = (akses_berikut + 1) % AKSES_INGAT;
	akses_kosongkan(slot);
	if (slot->cxt == NULL)
		slot->cxt = AllocSetContextCreate(TopMemoryContext, "lkj akses_instansi",
										  ALLOCSET_SMALL_SIZES);
	old = MemoryContextSwitchTo(slot->cxt);
	slot->units = datumCopy(units, false, -1);
	MemoryContextSwitchTo(old);
	akses_kunci(snap, hak, haklen, &slot->kunci);
	slot->generasi = ++akses_generasi;
	slot->valid = true;
	p->slot = slot;
	p->generasi = slot->generasi;
	return slot;
}

/* The answer's codes, sorted: built once per answer. */
static void
akses_urutkan(AksesIngat *slot)
{
	MemoryContext old;
	ArrayType  *arr;
	ArrayIterator it;
	Datum		d;
	bool		isnull;

	if (slot->codes != NULL)
		return;
	old = MemoryContextSwitchTo(slot->cxt);
	arr = DatumGetArrayTypeP(slot->units);	/* flat: datumCopy flattened it */
	slot->codes = (UnitCode *) palloc(sizeof(UnitCode) *
									  Max(1, ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr))));
	slot->n = 0;
	it = array_create_iterator(arr, 0, NULL);
	while (array_iterate(it, &d, &isnull))
	{
		text	   *e;

		if (isnull)
			continue;			/* NULL matches nothing */
		e = (text *) DatumGetPointer(d);
		if (VARATT_IS_EXTENDED(e) && !VARATT_IS_SHORT(e))
			e = pg_detoast_datum_packed(e);
		slot->codes[slot->n].data = VARDATA_ANY(e);
		slot->codes[slot->n].len = (int) VARSIZE_ANY_EXHDR(e);
		slot->n++;
	}
	array_free_iterator(it);
	qsort(slot->codes, slot->n, sizeof(UnitCode), unit_code_cmp);
	MemoryContextSwitchTo(old);
}

/* lkj.akses_instansi(hak) */
PG_FUNCTION_INFO_V1(akses_instansi);
Datum
akses_instansi(PG_FUNCTION_ARGS)
{
	AksesIngat	tmp;
	AksesIngat *slot = akses_ambil(fcinfo, PG_GETARG_TEXT_PP(0), &tmp);

	PG_RETURN_DATUM(slot == &tmp ? tmp.units : datumCopy(slot->units, false, -1));
}

/*
 * lkj.akses_boleh(instansi, hak).  Unit codes compare by their bytes, as
 * text's = does under a deterministic collation (every database default is
 * one).
 */
PG_FUNCTION_INFO_V1(akses_boleh);
Datum
akses_boleh(PG_FUNCTION_ARGS)
{
	text	   *unit = PG_GETARG_TEXT_PP(0);
	AksesIngat	tmp;
	AksesIngat *slot = akses_ambil(fcinfo, PG_GETARG_TEXT_PP(1), &tmp);
	UnitCode	probe;

	akses_urutkan(slot);
	probe.data = VARDATA_ANY(unit);
	probe.len = (int) VARSIZE_ANY_EXHDR(unit);
	PG_RETURN_BOOL(slot->n > 0 &&
				   bsearch(&probe, slot->codes, slot->n, sizeof(UnitCode), unit_code_cmp) != NULL);
}

/* ------------------------------------------------------------------------
 * What the planner is told.
 * ------------------------------------------------------------------------
 */

/* unit = ANY (lkj.akses_instansi(hak)), with akses_boleh's schema. */
static ScalarArrayOpExpr *
as_any(Oid boleh_fn, Node *unit, Node *hak, Oid collid)
{
	ScalarArrayOpExpr *saop = makeNode(ScalarArrayOpExpr);
	FuncExpr   *f = makeFuncExpr(fungsi_sebelah(boleh_fn, "akses_instansi"), TEXTARRAYOID,
								 list_make1(copyObject(hak)),
								 InvalidOid, collid, COERCE_EXPLICIT_CALL);

	saop->opno = TextEqualOperator;
	saop->opfuncid = F_TEXTEQ;
	saop->hashfuncid = InvalidOid;
	saop->negfuncid = InvalidOid;
	saop->useOr = true;
	saop->inputcollid = collid;
	saop->args = list_make2(copyObject(unit), f);
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

		if (list_length(req->args) == 2)
		{
			unit = strip_implicit_coercions(linitial(req->args));
			if (!req->is_join && IsA(unit, Var) && one_unit_named(req->root, (Var *) unit))
				req->selectivity = 1.0;
			else
				req->selectivity = clause_selectivity(req->root,
													  (Node *) as_any(req->funcid, linitial(req->args),
																	  lsecond(req->args), req->inputcollid),
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
			Node	   *hak = lsecond(f->args);

			/*
			 * The list must be known before the scan starts, as an index key.
			 * Where the scan names its unit already, the unit's key is the
			 * better condition: the planner costs = ANY as one descent of the
			 * index per unit of the list, and would rather read a small table
			 * whole.
			 */
			if ((req->indexcollation == f->inputcollid ||
				 !OidIsValid(req->indexcollation)) &&
				!contain_var_clause(hak) && !contain_volatile_functions(hak) &&
				!(IsA(unit, Var) && one_unit_named(req->root, (Var *) unit)))
			{
				req->lossy = false;
				ret = (Node *) list_make1(as_any(f->funcid, linitial(f->args), hak, f->inputcollid));
			}
		}
	}
	PG_RETURN_POINTER(ret);
}
