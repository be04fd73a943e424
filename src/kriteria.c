/*
 * src/kriteria.c: the criteria band of a capaian on a scale (lkj.skala),
 * given as a value or by its name in lkj.skala_kriteria: as 1.0's enum
 * lkj.kriteria (five-band scales), as the scale's own word, or as the
 * band's number and word; the bands of a scale as rows; and the guard that
 * keeps the extension's built-in scales as its script made them.
 */
#include "postgres.h"

#include <string.h>

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "skala.h"
#include "terjemah.h"

/* the bands of the enum lkj.kriteria, which names a five-band scale's */
#define ENUM_BANDS 5

/* the enum's labels, top band first, as scale_band() numbers the bands */
static const char *const band_names[ENUM_BANDS] = {
	"Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"
};

/*
 * Names this long or longer are not kept (the key is a C string of this
 * size); lkj.skala_kriteria's CHECK allows 63 bytes.
 */
#define NAME_KEY_SIZE NAMEDATALEN

/* the enum value of each band */
typedef struct BandOids
{
	Oid			typid;			/* InvalidOid until loaded */
	Oid			value[ENUM_BANDS];
} BandOids;

/*
 * What the data a snapshot sees depends on.  Scales looked up by name are
 * kept while the active snapshot sees the same data, which is more than
 * one statement: PL/pgSQL evaluates a simple expression with the same
 * FmgrInfo statement after statement, so a scale changed by an UPDATE in
 * between must not be served from before it.
 */
typedef struct SnapshotStamp
{
	bool		valid;
	SubTransactionId subxid;
	CommandId	curcid;
	TransactionId xmin;
	TransactionId xmax;
	uint32		xcnt;
	int32		subxcnt;
	bool		suboverflowed;
	TransactionId *xip;
	TransactionId *subxip;
} SnapshotStamp;

/* a scale kept by name */
typedef struct NamedScale
{
	char		name[NAME_KEY_SIZE];	/* the hash key */
	Scale	   *scale;
} NamedScale;

/* one call site's memory, in fn_extra */
typedef struct CallCache
{
	BandOids	bands;
	char	   *table;			/* the qualified name of lkj.skala_kriteria */
	char	   *query;			/* the lookup by name */
	MemoryContext named_cxt;	/* stamp, hash table and scales */
	SnapshotStamp stamp;
	HTAB	   *named;			/* NamedScale by name, in named_cxt */
} CallCache;

static CallCache *
call_cache(FunctionCallInfo fcinfo)
{
	if (fcinfo->flinfo->fn_extra == NULL)
		fcinfo->flinfo->fn_extra = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
														  sizeof(CallCache));
	return (CallCache *) fcinfo->flinfo->fn_extra;
}

static void
band_oids_load(BandOids *bands, Oid typid)
{
	int			i;

	for (i = 0; i < ENUM_BANDS; i++)
		bands->value[i] = DatumGetObjectId(DirectFunctionCall2(enum_in,
															   CStringGetDatum(band_names[i]),
															   ObjectIdGetDatum(typid)));
	bands->typid = typid;
}

/* the lkj.kriteria value of band, for a function that returns lkj.kriteria */
static Oid
band_oid(FunctionCallInfo fcinfo, int band)
{
	CallCache  *cc = call_cache(fcinfo);

	if (!OidIsValid(cc->bands.typid))
		band_oids_load(&cc->bands, get_func_rettype(fcinfo->flinfo->fn_oid));
	return cc->bands.value[band];
}

static inline bool
xids_equal(const TransactionId *a, const TransactionId *b, Size n)
{
	return n == 0 || memcmp(a, b, n * sizeof(TransactionId)) == 0;
}

/* CopySnapshot leaves out the subxids of an overflowed snapshot */
static inline int32
snapshot_subxcnt(Snapshot snap)
{
	return snap->subxip != NULL ? snap->subxcnt : 0;
}

static bool
stamp_matches(const SnapshotStamp *st, Snapshot snap)
{
	return st->valid &&
		st->subxid == GetCurrentSubTransactionId() &&
		st->curcid == snap->curcid &&
		st->xmin == snap->xmin &&
		st->xmax == snap->xmax &&
		st->xcnt == snap->xcnt &&
		st->subxcnt == snapshot_subxcnt(snap) &&
		st->suboverflowed == snap->suboverflowed &&
		xids_equal(st->xip, snap->xip, snap->xcnt) &&
		xids_equal(st->subxip, snap->subxip, snapshot_subxcnt(snap));
}

static TransactionId *
xids_copy(MemoryContext cxt, const TransactionId *xids, Size n)
{
	TransactionId *copy;

	if (n == 0)
		return NULL;
	copy = MemoryContextAlloc(cxt, n * sizeof(TransactionId));
	memcpy(copy, xids, n * sizeof(TransactionId));
	return copy;
}

static void
stamp_take(SnapshotStamp *st, Snapshot snap, MemoryContext cxt)
{
	st->subxid = GetCurrentSubTransactionId();
	st->curcid = snap->curcid;
	st->xmin = snap->xmin;
	st->xmax = snap->xmax;
	st->xcnt = snap->xcnt;
	st->subxcnt = snapshot_subxcnt(snap);
	st->suboverflowed = snap->suboverflowed;
	st->xip = xids_copy(cxt, snap->xip, snap->xcnt);
	st->subxip = xids_copy(cxt, snap->subxip, st->subxcnt);
	st->valid = true;
}

/* Reads the scale called name from lkj.skala_kriteria into cxt. */
static Scale *
scale_fetch(FunctionCallInfo fcinfo, CallCache *cc, text *name, MemoryContext cxt)
{
	Oid			argtypes[1] = {TEXTOID};
	Datum		values[1] = {PointerGetDatum(name)};
	Datum		d;
	bool		isnull;
	Scale	   *s;
	MemoryContext old;

	if (cc->query == NULL)
	{
		/*
		 * SPI parses the query on the caller's search_path: the table of the
		 * extension that owns this function and PostgreSQL's own = are named.
		 */
		char	   *schema = get_namespace_name(get_func_namespace(fcinfo->flinfo->fn_oid));

		cc->table = MemoryContextStrdup(fcinfo->flinfo->fn_mcxt,
										quote_qualified_identifier(schema, "skala_kriteria"));
		cc->query = MemoryContextStrdup(fcinfo->flinfo->fn_mcxt,
										psprintf("SELECT skala FROM %s WHERE nama OPERATOR(pg_catalog.=) $1",
												 cc->table));
	}

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_with_args(cc->query, 1, argtypes, values, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_with_args failed: %s", cc->query);
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("criteria scale \"%s\" does not exist", text_to_cstring(name)),
				 errdetail("No row of %s has this nama.", cc->table),
				 errhint("Pass the nama of a scale (SELECT nama FROM %s), or a scale value cast to type skala.", cc->table)));
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	if (isnull)
		elog(ERROR, "criteria scale \"%s\" is null", text_to_cstring(name));

	old = MemoryContextSwitchTo(cxt);
	s = scale_from_datum(PointerGetDatum(PG_DETOAST_DATUM_COPY(d)));
	MemoryContextSwitchTo(old);
	SPI_finish();
	return s;
}

/*
 * The scale registered under name.  A call site keeps every scale it looked
 * up for as long as the active snapshot sees the same data, so a view over
 * thousands of rows reads lkj.skala_kriteria once per scale.
 */
static Scale *
scale_by_name(FunctionCallInfo fcinfo, text *name)
{
	CallCache  *cc = call_cache(fcinfo);
	Size		len = VARSIZE_ANY_EXHDR(name);
	char		key[NAME_KEY_SIZE];
	Snapshot	snap;
	NamedScale *entry;
	Scale	   *s;

	if (!ActiveSnapshotSet())
		elog(ERROR, "no active snapshot to look up criteria scale \"%s\"",
			 text_to_cstring(name));
	snap = GetActiveSnapshot();

	if (!stamp_matches(&cc->stamp, snap))
	{
		cc->stamp.valid = false;
		cc->named = NULL;
		if (cc->named_cxt == NULL)
			cc->named_cxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt,
												  "lkj criteria scales by name",
												  ALLOCSET_SMALL_SIZES);
		else
			MemoryContextReset(cc->named_cxt);
		stamp_take(&cc->stamp, snap, cc->named_cxt);
	}

	if (len >= NAME_KEY_SIZE)
		return scale_fetch(fcinfo, cc, name, CurrentMemoryContext);
	memcpy(key, VARDATA_ANY(name), len);
	key[len] = '\0';

	if (cc->named == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = NAME_KEY_SIZE;
		ctl.entrysize = sizeof(NamedScale);
		ctl.hcxt = cc->named_cxt;
		cc->named = hash_create("lkj criteria scales by name", 8, &ctl,
#if PG_VERSION_NUM >= 140000
								HASH_STRINGS |
#endif
								HASH_ELEM | HASH_CONTEXT);
	}
	entry = hash_search(cc->named, key, HASH_FIND, NULL);
	if (entry != NULL)
		return entry->scale;

	/* fetched first: an unknown name raises an error and leaves no entry */
	s = scale_fetch(fcinfo, cc, name, cc->named_cxt);
	entry = hash_search(cc->named, key, HASH_ENTER, NULL);
	entry->scale = s;
	return s;
}

/*
 * The enum value of capaian's band, for 1.0's callers: a five-band scale's
 * bands are the enum's five, top first; a capaian outside the bands that
 * the scale labels has none (NULL); a scale of another number of bands
 * cannot be named by the enum (22023).
 */
static Datum
kriteria_enum(FunctionCallInfo fcinfo, const Scale *s, Numeric capaian)
{
	int			band;

	if (s->nbands != ENUM_BANDS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("criteria scale has %d bands, and type kriteria names five", s->nbands),
				 errdetail("The enum lkj.kriteria (Sangat Rendah to Sangat Tinggi) names the bands of a five-band scale only."),
				 errhint("Use lkj.pita_kriteria() for the band's number and word, or lkj.label_kriteria() for its word.")));
	band = scale_band_or_error(s, capaian);
	if (band == BAND_OUTSIDE)
		PG_RETURN_NULL();
	PG_RETURN_OID(band_oid(fcinfo, band));
}

/* the scale's word for capaian's band, or its word for values outside them */
static text *
band_label(const Scale *s, Numeric capaian)
{
	int			band = scale_band_or_error(s, capaian);

	return cstring_to_text(band == BAND_OUTSIDE ? scale_outside_label(s) : scale_label(s, band));
}

/* the band of capaian on a scale: lkj.kriteria(numeric, lkj.skala) */
PG_FUNCTION_INFO_V1(kriteria_skala);
Datum
kriteria_skala(PG_FUNCTION_ARGS)
{
	return kriteria_enum(fcinfo, PG_GETARG_SCALE_P(1), PG_GETARG_NUMERIC(0));
}

/* the band of capaian on a scale by name: lkj.kriteria(numeric, text) */
PG_FUNCTION_INFO_V1(kriteria_nama);
Datum
kriteria_nama(PG_FUNCTION_ARGS)
{
	return kriteria_enum(fcinfo, scale_by_name(fcinfo, PG_GETARG_TEXT_PP(1)), PG_GETARG_NUMERIC(0));
}

/* the scale's own word for capaian's band: lkj.label_kriteria(numeric, lkj.skala), 1.0's kriteria_label */
PG_FUNCTION_INFO_V1(kriteria_label_skala);
Datum
kriteria_label_skala(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(band_label(PG_GETARG_SCALE_P(1), PG_GETARG_NUMERIC(0)));
}

/* the same by the scale's name: lkj.label_kriteria(numeric, text), 1.0's kriteria_label */
PG_FUNCTION_INFO_V1(kriteria_label_nama);
Datum
kriteria_label_nama(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(band_label(scale_by_name(fcinfo, PG_GETARG_TEXT_PP(1)), PG_GETARG_NUMERIC(0)));
}

/*
 * The band as a row (urutan, label): its number from the top (1 the top
 * band, as lkj.rentang_skala and Tabel 7 number it) and the scale's word;
 * outside the bands, no number and the scale's word for such values.
 */
static Datum
pita_row(FunctionCallInfo fcinfo, const Scale *s, Numeric capaian)
{
	TupleDesc	tupdesc;
	Datum		values[2];
	bool		nulls[2] = {false, false};
	int			band = scale_band_or_error(s, capaian);

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "pita_kriteria must return a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	if (band == BAND_OUTSIDE)
	{
		nulls[0] = true;
		values[0] = (Datum) 0;
		values[1] = PointerGetDatum(cstring_to_text(scale_outside_label(s)));
	}
	else
	{
		values[0] = Int32GetDatum(band + 1);
		values[1] = PointerGetDatum(cstring_to_text(scale_label(s, band)));
	}
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* the band of capaian on any scale: lkj.pita_kriteria(numeric, lkj.skala) */
PG_FUNCTION_INFO_V1(pita_kriteria_skala);
Datum
pita_kriteria_skala(PG_FUNCTION_ARGS)
{
	return pita_row(fcinfo, PG_GETARG_SCALE_P(1), PG_GETARG_NUMERIC(0));
}

/* the same by the scale's name: lkj.pita_kriteria(numeric, text) */
PG_FUNCTION_INFO_V1(pita_kriteria_nama);
Datum
pita_kriteria_nama(PG_FUNCTION_ARGS)
{
	return pita_row(fcinfo, scale_by_name(fcinfo, PG_GETARG_TEXT_PP(1)), PG_GETARG_NUMERIC(0));
}

/*
 * The scale registered under name: lkj.skala_bernama(text).  Tabel 7 reads
 * the bands of the scale in force through it, a scale per unit-year looked
 * up once per call site as lkj.label_kriteria(numeric, text) does.
 */
PG_FUNCTION_INFO_V1(skala_bernama);
Datum
skala_bernama(PG_FUNCTION_ARGS)
{
	Scale	   *s = scale_by_name(fcinfo, PG_GETARG_TEXT_PP(0));
	Scale	   *copy = palloc(VARSIZE(s));

	/* the cached scale outlives the call; the caller gets its own copy */
	memcpy(copy, s, VARSIZE(s));
	PG_RETURN_POINTER(copy);
}

/* format.c: a percentage as the report prints it, "62,5%", "1.250,5%" */
extern Datum format_persen(PG_FUNCTION_ARGS);

static void
append_persen(StringInfo buf, Numeric n)
{
	appendStringInfoString(buf, TextDatumGetCString(DirectFunctionCall1(format_persen,
																		NumericGetDatum(n))));
}

static void
append_bound(StringInfo buf, ScaleEnd e, Numeric n)
{
	bool		utf8 = GetDatabaseEncoding() == PG_UTF8;

	switch (e)
	{
		case END_GT:
			appendStringInfoString(buf, "> ");
			break;
		case END_GE:
			appendStringInfoString(buf, utf8 ? "\xe2\x89\xa5 " : ">= ");
			break;
		case END_EQ:
			appendStringInfoString(buf, "= ");
			break;
		case END_LT:
			appendStringInfoString(buf, "< ");
			break;
		case END_LE:
			appendStringInfoString(buf, utf8 ? "\xe2\x89\xa4 " : "<= ");
			break;
		default:
			break;
	}
	append_persen(buf, n);
}

/*
 * The interval of band as Tabel 7 prints it: as the scale words it ("> 90%",
 * "91% - 100%", "â¥ 76% - < 91%", "= 100%", "< 51%"), and for a band whose
 * upper end is not written, the one the band above gives it, as 1.0 and
 * Lumajang's Tabel 7 print it: "> 75% - 90%" under "> 90", "â¥ 76% - < 91%"
 * under "â¥ 91"; the bottom band alone "â¤ 50%" or "< 51%".
 */
static text *
band_interval(const Scale *s, int band)
{
	ScaleEnd	lo_end = (ScaleEnd) s->band[band].lo_end;
	ScaleEnd	hi_end = (ScaleEnd) s->band[band].hi_end;
	StringInfoData buf;

	initStringInfo(&buf);
	if (lo_end != END_NONE)
		append_bound(&buf, lo_end, scale_lo(s, band));
	if (hi_end != END_NONE)
	{
		if (lo_end != END_NONE)
			appendStringInfoString(&buf, " - ");
		append_bound(&buf, hi_end, scale_hi(s, band));
	}
	else if (band > 0 && lo_end != END_EQ)
	{
		BandRange	r = scale_range(s, band);

		if (lo_end != END_NONE)
		{
			appendStringInfoString(&buf, " - ");
			append_bound(&buf, r.hi_closed ? END_BARE : END_LT, r.hi);
		}
		else
			append_bound(&buf, r.hi_closed ? END_LE : END_LT, r.hi);
	}
	return cstring_to_text(buf.data);
}

/* what rentang_skala keeps between its calls */
typedef struct RentangState
{
	Scale	   *scale;
	BandOids	bands;
} RentangState;

/*
 * The bands of a scale, top first, as rows: lkj.rentang_skala(lkj.skala),
 * 1.0's skala_rentang.  The enum column is NULL unless the scale has five
 * bands; the bounds are the band's meaning (NULL where it is open-ended),
 * the interval its words.
 */
PG_FUNCTION_INFO_V1(skala_rentang);
Datum
skala_rentang(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	RentangState *state;
	int			band;
	BandRange	range;
	Datum		values[8];
	bool		nulls[8] = {false};

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		TupleDesc	tupdesc;

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "rentang_skala must return a row type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		state = palloc0(sizeof(RentangState));
		state->scale = scale_from_datum(PointerGetDatum(PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(0))));
		/* the enum is the type of the second column */
		band_oids_load(&state->bands, TupleDescAttr(tupdesc, 1)->atttypid);
		funcctx->user_fctx = state;
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	state = (RentangState *) funcctx->user_fctx;
	band = (int) funcctx->call_cntr;
	if (band >= state->scale->nbands)
		SRF_RETURN_DONE(funcctx);

	range = scale_range(state->scale, band);
	values[0] = Int32GetDatum(band + 1);
	if (state->scale->nbands == ENUM_BANDS)
		values[1] = ObjectIdGetDatum(state->bands.value[band]);
	else
		nulls[1] = true;
	values[2] = PointerGetDatum(cstring_to_text(scale_label(state->scale, band)));
	if (range.lo)
	{
		values[3] = NumericGetDatum(range.lo);
		values[4] = BoolGetDatum(range.lo_closed);
	}
	else
		nulls[3] = nulls[4] = true;
	if (range.hi)
	{
		values[5] = NumericGetDatum(range.hi);
		values[6] = BoolGetDatum(range.hi_closed);
	}
	else
		nulls[5] = nulls[6] = true;
	values[7] = PointerGetDatum(band_interval(state->scale, band));

	SRF_RETURN_NEXT(funcctx,
					HeapTupleGetDatum(heap_form_tuple(funcctx->tuple_desc, values, nulls)));
}

static bool
row_is_builtin(HeapTuple tuple, TupleDesc tupdesc)
{
	bool		isnull;
	Datum		d = heap_getattr(tuple, SPI_fnumber(tupdesc, "bawaan"), tupdesc, &isnull);

	return !isnull && DatumGetBool(d);
}

static void
refuse_builtin_change(HeapTuple tuple, TupleDesc tupdesc, const char *verb)
{
	ereport(ERROR,
			(errcode(ERRCODE_RESTRICT_VIOLATION),
			 errmsg("cannot %s built-in criteria scale \"%s\"", verb,
					SPI_getvalue(tuple, tupdesc, SPI_fnumber(tupdesc, "nama"))),
			 errdetail("The built-in scales come with the extension, which alone changes them."),
			 errhint("Add a scale of your own under a new name instead.")));
}

/*
 * Keeps the rows with bawaan = true as the extension script made them: a
 * dump leaves them out (pg_extension_config_dump's WHERE NOT bawaan) and
 * CREATE EXTENSION restores them, so a change to one would be lost.
 */
PG_FUNCTION_INFO_V1(skala_kriteria_jaga);
Datum
skala_kriteria_jaga(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	tupdesc;
	TriggerEvent event;

	if (!CALLED_AS_TRIGGER(fcinfo))
		elog(ERROR, "skala_kriteria_jaga must be called as a trigger");
	event = trigdata->tg_event;
	tupdesc = trigdata->tg_relation->rd_att;

	if (creating_extension)
		;						/* the script of CREATE or ALTER EXTENSION */
	else if (TRIGGER_FIRED_BY_TRUNCATE(event))
		ereport(ERROR,
				(errcode(ERRCODE_RESTRICT_VIOLATION),
				 errmsg("cannot truncate %s", RelationGetRelationName(trigdata->tg_relation)),
				 errdetail("Truncating would remove the built-in criteria scales."),
				 errhint("Remove your own scales with DELETE ... WHERE NOT bawaan.")));
	else if (TRIGGER_FIRED_BY_DELETE(event) && row_is_builtin(trigdata->tg_trigtuple, tupdesc))
		refuse_builtin_change(trigdata->tg_trigtuple, tupdesc, L_("delete"));
	else if (TRIGGER_FIRED_BY_UPDATE(event) && row_is_builtin(trigdata->tg_trigtuple, tupdesc))
		refuse_builtin_change(trigdata->tg_trigtuple, tupdesc, L_("change"));
	else if ((TRIGGER_FIRED_BY_INSERT(event) && row_is_builtin(trigdata->tg_trigtuple, tupdesc)) ||
			 (TRIGGER_FIRED_BY_UPDATE(event) && row_is_builtin(trigdata->tg_newtuple, tupdesc)))
		ereport(ERROR,
				(errcode(ERRCODE_RESTRICT_VIOLATION),
				 errmsg("cannot mark criteria scale \"%s\" as built-in",
						SPI_getvalue(TRIGGER_FIRED_BY_UPDATE(event) ? trigdata->tg_newtuple : trigdata->tg_trigtuple,
									 tupdesc, SPI_fnumber(tupdesc, "nama"))),
				 errdetail("Only the extension adds built-in scales; a dump leaves them out."),
				 errhint("Leave bawaan false for the scales you add.")));

	if (TRIGGER_FIRED_BY_TRUNCATE(event))
		return PointerGetDatum(NULL);
	return PointerGetDatum(TRIGGER_FIRED_BY_UPDATE(event) ? trigdata->tg_newtuple : trigdata->tg_trigtuple);
}
