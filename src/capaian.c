/*
 * src/capaian.c: capaian, capaian_rentang, persentase, penyerapan and efisiensi.
 *
 * Each figure is computed exactly and rounded half away from zero on the
 * exact remainder, as the report rounds a figure before it is used again
 * (seed README).  The fixed-point codec (numeric_fixed.c) computes it from
 * the numeric's digits when they fit in 128 bits; when not, the same
 * computation runs through PostgreSQL's numeric functions, with the same
 * result.  Arguments are detoasted but left packed (NUMERIC_FIXED_GETARG)
 * so that short values read from a table are not copied first.
 */
#include "postgres.h"

#include <string.h>

#include "access/htup_details.h"
#include "catalog/pg_enum.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"
#include "utils/syscache.h"

#include "numeric_fixed.h"

/* capaian and penyerapan are percentages to 2 decimals, rasio to 3 */
#define PERCENT_SHIFT	2
#define PERCENT_SCALE	2
#define RASIO_SCALE		3

typedef enum Polaritas
{
	POLARITAS_POSITIF,
	POLARITAS_NEGATIF
} Polaritas;

/* The enum's OIDs, learned on first use and kept for the query. */
typedef struct PolaritasCache
{
	Oid			positif;
	Oid			negatif;
} PolaritasCache;

static Polaritas
polaritas_arg(FunctionCallInfo fcinfo, int argno)
{
	Oid			oid = PG_GETARG_OID(argno);
	PolaritasCache *cache = NULL;
	HeapTuple	tup;
	Polaritas	result;
	const char *label;

	if (fcinfo->flinfo != NULL)
	{
		cache = (PolaritasCache *) fcinfo->flinfo->fn_extra;
		if (cache == NULL)
		{
			cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
										   sizeof(PolaritasCache));
			fcinfo->flinfo->fn_extra = cache;
		}
		if (oid == cache->positif)
			return POLARITAS_POSITIF;
		if (oid == cache->negatif)
			return POLARITAS_NEGATIF;
	}

	tup = SearchSysCache1(ENUMOID, ObjectIdGetDatum(oid));
	if (!HeapTupleIsValid(tup))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid internal value for enum: %u", oid)));
	label = NameStr(((Form_pg_enum) GETSTRUCT(tup))->enumlabel);
	if (strcmp(label, "positif") == 0)
		result = POLARITAS_POSITIF;
	else if (strcmp(label, "negatif") == 0)
		result = POLARITAS_NEGATIF;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("polaritas \"%s\" has no capaian formula", label),
				 errhint("Use 'positif' (higher is better) or 'negatif' (lower is better).")));
	ReleaseSysCache(tup);

	if (cache != NULL)
	{
		if (result == POLARITAS_POSITIF)
			cache->positif = oid;
		else
			cache->negatif = oid;
	}
	return result;
}

static inline const char *
special_name(NumericFixedKind kind)
{
	return kind == NUMERIC_FIXED_NAN ? "NaN" :
		kind == NUMERIC_FIXED_PINF ? "Infinity" : "-Infinity";
}

/* Every figure is a finite number: NaN and infinities are not measured. */
static inline void
check_finite(const NumericFixed *x, const char *name)
{
	if (x->kind != NUMERIC_FIXED_FINITE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number", name),
				 errdetail("The %s given is %s, which cannot be measured.",
						   name, special_name(x->kind)),
				 errhint("Record the figure as a number, or as NULL while it is not known.")));
}

/* A target (or a bound of a target range) is a level to reach, >= 0. */
static inline void
check_target(const NumericFixed *x, const char *name)
{
	check_finite(x, name);
	if (x->sign < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be negative", name),
				 errhint("A target is the level to reach and is zero or more; "
						 "for an indicator where lower is better give the target as it is, "
						 "with polaritas 'negatif'.")));
}

/* Budget amounts, and the absorption computed from them, are zero or more. */
static inline void
check_amount(const NumericFixed *x, const char *name)
{
	check_finite(x, name);
	if (x->sign < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be negative", name),
				 errhint("Anggaran, its realisasi and penyerapan are zero or more; "
						 "record a correction as a smaller realisasi, not as a negative amount.")));
}

static inline Datum
percent_hundred(void)
{
	return NumericGetDatum(numeric_fixed_encode(100 * 100, PERCENT_SCALE));
}

/*
 * The capaian of realisasi r against target t (both checked); false when it
 * cannot be measured: a target of 0 is met only by a realisasi of 0.
 */
static bool
capaian_of(const struct varlena *target, const NumericFixed *t,
		   const struct varlena *realisasi, const NumericFixed *r,
		   Polaritas polaritas, Datum *result)
{
	NumericFixed excess,
				score,
				q;
	Datum		score_num;

	if (t->sign == 0)
	{
		if (r->sign != 0)
			return false;
		*result = percent_hundred();
		return true;
	}

	if (polaritas == POLARITAS_POSITIF)
	{
		*result = NumericGetDatum(numeric_fixed_div_round_numeric(realisasi, r, target, t,
																  PERCENT_SHIFT, PERCENT_SCALE));
		return true;
	}

	/* negatif: (target - (realisasi - target)) / target * 100 */
	if (t->fits && r->fits &&
		numeric_fixed_sub(r, t, &excess) &&
		numeric_fixed_sub(t, &excess, &score) &&
		numeric_fixed_div_round(&score, t, PERCENT_SHIFT, PERCENT_SCALE, &q))
	{
		*result = NumericGetDatum(numeric_fixed_encode(q.value, q.scale));
		return true;
	}
	score_num = DirectFunctionCall2(numeric_sub, PointerGetDatum(target),
									DirectFunctionCall2(numeric_sub,
														PointerGetDatum(realisasi),
														PointerGetDatum(target)));
	*result = NumericGetDatum(numeric_fixed_div_round_slow(DatumGetNumeric(score_num),
														   (Numeric) target,
														   PERCENT_SHIFT, PERCENT_SCALE));
	return true;
}

/* capaian: realisasi against target, as a percentage to 2 decimals */
PG_FUNCTION_INFO_V1(capaian);
Datum
capaian(PG_FUNCTION_ARGS)
{
	struct varlena *target = NUMERIC_FIXED_GETARG(0);
	struct varlena *realisasi = NUMERIC_FIXED_GETARG(1);
	Polaritas	polaritas = polaritas_arg(fcinfo, 2);
	NumericFixed t,
				r;
	Datum		result;

	numeric_fixed_decode(target, &t);
	numeric_fixed_decode(realisasi, &r);
	check_target(&t, "target");
	check_finite(&r, "realisasi");
	if (!capaian_of(target, &t, realisasi, &r, polaritas, &result))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}

/* capaian_rentang: realisasi against a target range, PermenPAN-RB 6/2022 */
PG_FUNCTION_INFO_V1(capaian_rentang);
Datum
capaian_rentang(PG_FUNCTION_ARGS)
{
	struct varlena *bawah = NUMERIC_FIXED_GETARG(0);
	struct varlena *atas = NUMERIC_FIXED_GETARG(1);
	struct varlena *realisasi = NUMERIC_FIXED_GETARG(2);
	Polaritas	polaritas = polaritas_arg(fcinfo, 3);
	NumericFixed b,
				a,
				r;
	Datum		result;

	numeric_fixed_decode(bawah, &b);
	numeric_fixed_decode(atas, &a);
	numeric_fixed_decode(realisasi, &r);
	check_target(&b, "batas_bawah");
	check_target(&a, "batas_atas");
	check_finite(&r, "realisasi");
	if (numeric_fixed_cmp_numeric(bawah, atas) > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("batas_bawah must not be greater than batas_atas"),
				 errdetail("The range given runs from %s down to %s.",
						   DatumGetCString(DirectFunctionCall1(numeric_out, PointerGetDatum(bawah))),
						   DatumGetCString(DirectFunctionCall1(numeric_out, PointerGetDatum(atas)))),
				 errhint("Give the lower bound first, then the upper bound.")));

	/* Below the range it is measured against the lower bound, above it
	 * against the upper bound; inside, the target is met. */
	if (numeric_fixed_cmp_numeric(realisasi, bawah) < 0)
	{
		if (!capaian_of(bawah, &b, realisasi, &r, polaritas, &result))
			PG_RETURN_NULL();
	}
	else if (numeric_fixed_cmp_numeric(realisasi, atas) > 0)
	{
		if (!capaian_of(atas, &a, realisasi, &r, polaritas, &result))
			PG_RETURN_NULL();
	}
	else
		result = percent_hundred();
	PG_RETURN_DATUM(result);
}

/*
 * The one rule for a share as the report prints it (penyerapan, and every
 * count of the text through persentase): part * 100 / whole rounded half
 * away from zero to 2 decimals; NULL when whole is 0, a share of nothing.
 * Amounts of money (penyerapan) must also be zero or more.
 */
static Datum
percent_of(FunctionCallInfo fcinfo, int part_arg, const char *part_name,
		   int whole_arg, const char *whole_name, bool amounts)
{
	struct varlena *part = NUMERIC_FIXED_GETARG(part_arg);
	struct varlena *whole = NUMERIC_FIXED_GETARG(whole_arg);
	NumericFixed p,
				w;

	numeric_fixed_decode(part, &p);
	numeric_fixed_decode(whole, &w);
	if (amounts)
	{
		check_amount(&w, whole_name);
		check_amount(&p, part_name);
	}
	else
	{
		check_finite(&w, whole_name);
		check_finite(&p, part_name);
	}
	if (w.sign == 0)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(numeric_fixed_div_round_numeric(part, &p, whole, &w,
													  PERCENT_SHIFT, PERCENT_SCALE));
}

/* persentase: pembilang of penyebut, a percentage to 2 decimals */
PG_FUNCTION_INFO_V1(persentase);
Datum
persentase(PG_FUNCTION_ARGS)
{
	return percent_of(fcinfo, 0, "pembilang", 1, "penyebut", false);
}

/* penyerapan: realisasi anggaran against anggaran, a percentage to 2 decimals */
PG_FUNCTION_INFO_V1(penyerapan);
Datum
penyerapan(PG_FUNCTION_ARGS)
{
	return percent_of(fcinfo, 1, "realisasi", 0, "anggaran", true);
}

typedef enum Metode
{
	METODE_SELISIH,
	METODE_RASIO
} Metode;

static inline Metode
metode_arg(text *metode)
{
	const char *s = VARDATA_ANY(metode);
	int			len = VARSIZE_ANY_EXHDR(metode);

	if (len == strlen("selisih") && memcmp(s, "selisih", len) == 0)
		return METODE_SELISIH;
	if (len == strlen("rasio") && memcmp(s, "rasio", len) == 0)
		return METODE_RASIO;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown efisiensi metode \"%s\"", text_to_cstring(metode)),
			 errhint("The accepted methods are 'selisih' (capaian minus penyerapan, "
					 "in percentage points) and 'rasio' (capaian divided by penyerapan).")));
	pg_unreachable();
}

/* efisiensi: capaian against penyerapan, as a difference or a ratio */
PG_FUNCTION_INFO_V1(efisiensi);
Datum
efisiensi(PG_FUNCTION_ARGS)
{
	struct varlena *capaian_arg = NUMERIC_FIXED_GETARG(0);
	struct varlena *penyerapan_arg = NUMERIC_FIXED_GETARG(1);
	Metode		metode = metode_arg(PG_GETARG_TEXT_PP(2));
	NumericFixed c,
				p,
				d,
				q;
	Datum		diff;

	numeric_fixed_decode(capaian_arg, &c);
	numeric_fixed_decode(penyerapan_arg, &p);
	check_finite(&c, "capaian");
	check_amount(&p, "penyerapan");

	if (metode == METODE_RASIO)
	{
		/* no absorption: the ratio is not measurable */
		if (p.sign == 0)
			PG_RETURN_NULL();
		PG_RETURN_NUMERIC(numeric_fixed_div_round_numeric(capaian_arg, &c, penyerapan_arg, &p,
														  0, RASIO_SCALE));
	}

	if (c.fits && p.fits &&
		numeric_fixed_sub(&c, &p, &d) &&
		numeric_fixed_round(&d, PERCENT_SCALE, &q))
		PG_RETURN_NUMERIC(numeric_fixed_encode(q.value, q.scale));
	diff = DirectFunctionCall2(numeric_sub, PointerGetDatum(capaian_arg),
							   PointerGetDatum(penyerapan_arg));
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_round, diff,
										Int32GetDatum(PERCENT_SCALE)));
}
