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
#include "terjemah.h"

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

/* Every figure is a finite number: NaN and infinities are not measured. */
static inline void
check_finite(const NumericFixed *x, const char *name)
{
	numeric_fixed_require_finite(x, name);
}

/* A figure that must not be negative; the hint (translated) says why for its kind. */
static inline void
check_not_negative(const NumericFixed *x, const char *name, const char *hint)
{
	check_finite(x, name);
	if (x->sign < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be negative", name),
				 errhint("%s", hint)));
}

/* A target (or a bound of a target range) is a level to reach, >= 0. */
static inline void
check_target(const NumericFixed *x, const char *name)
{
	check_not_negative(x, name,
					   L_("A target is the level to reach and is zero or more; "
						  "for an indicator where lower is better give the target as it is, "
						  "with polaritas 'negatif'."));
}

/* Budget amounts, and the absorption computed from them, are zero or more. */
static inline void
check_amount(const NumericFixed *x, const char *name)
{
	check_not_negative(x, name,
					   L_("Anggaran, its realisasi and penyerapan are zero or more; "
						  "record a correction as a smaller realisasi, not as a negative amount."));
}

/*
 * Numeric argument argno, detoasted but left packed, decoded into *x and
 * checked.  Inlined with its check into every caller, so the hot paths
 * pay no call for sharing it.
 */
static inline struct varlena *
figure_arg(FunctionCallInfo fcinfo, int argno, const char *name,
		   void (*check) (const NumericFixed *x, const char *name),
		   NumericFixed *x)
{
	struct varlena *arg = NUMERIC_FIXED_GETARG(argno);

	numeric_fixed_decode(arg, x);
	check(x, name);
	return arg;
}

static inline Datum
percent_hundred(void)
{
	return NumericGetDatum(numeric_fixed_encode(100 * 100, PERCENT_SCALE));
}

/*
 * The capaian of realisasi r against target t (both checked), as the result
 * of the SQL function called; NULL when it cannot be measured: a target of
 * 0 is met only by a realisasi of 0.
 */
static Datum
capaian_of(FunctionCallInfo fcinfo,
		   const struct varlena *target, const NumericFixed *t,
		   const struct varlena *realisasi, const NumericFixed *r,
		   Polaritas polaritas)
{
	NumericFixed excess,
				score,
				q;
	Datum		score_num;

	if (t->sign == 0)
	{
		if (r->sign != 0)
			PG_RETURN_NULL();
		return percent_hundred();
	}

	if (polaritas == POLARITAS_POSITIF)
		PG_RETURN_NUMERIC(numeric_fixed_div_round_numeric(realisasi, r, target, t,
														  PERCENT_SHIFT, PERCENT_SCALE));

	/* negatif: (target - (realisasi - target)) / target * 100 */
	if (t->fits && r->fits &&
		numeric_fixed_sub(r, t, &excess) &&
		numeric_fixed_sub(t, &excess, &score) &&
		numeric_fixed_div_round(&score, t, PERCENT_SHIFT, PERCENT_SCALE, &q))
		PG_RETURN_NUMERIC(numeric_fixed_encode(q.value, q.scale));
	score_num = DirectFunctionCall2(numeric_sub, PointerGetDatum(target),
									DirectFunctionCall2(numeric_sub,
														PointerGetDatum(realisasi),
														PointerGetDatum(target)));
	PG_RETURN_NUMERIC(numeric_fixed_div_round_slow(DatumGetNumeric(score_num),
												   (Numeric) target,
												   PERCENT_SHIFT, PERCENT_SCALE));
}

/* capaian: realisasi against target, as a percentage to 2 decimals */
PG_FUNCTION_INFO_V1(capaian);
Datum
capaian(PG_FUNCTION_ARGS)
{
	Polaritas	polaritas = polaritas_arg(fcinfo, 2);
	NumericFixed t,
				r;
	struct varlena *target = figure_arg(fcinfo, 0, "target", check_target, &t);
	struct varlena *realisasi = figure_arg(fcinfo, 1, "realisasi", check_finite, &r);

	return capaian_of(fcinfo, target, &t, realisasi, &r, polaritas);
}

/* capaian_rentang: realisasi against a target range, PermenPAN-RB 6/2022 */
PG_FUNCTION_INFO_V1(capaian_rentang);
Datum
capaian_rentang(PG_FUNCTION_ARGS)
{
	NumericFixed b,
				a,
				r;
	Polaritas	polaritas = polaritas_arg(fcinfo, 3);
	struct varlena *bawah = figure_arg(fcinfo, 0, "batas_bawah", check_target, &b);
	struct varlena *atas = figure_arg(fcinfo, 1, "batas_atas", check_target, &a);
	struct varlena *realisasi = figure_arg(fcinfo, 2, "realisasi", check_finite, &r);

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
		return capaian_of(fcinfo, bawah, &b, realisasi, &r, polaritas);
	if (numeric_fixed_cmp_numeric(realisasi, atas) > 0)
		return capaian_of(fcinfo, atas, &a, realisasi, &r, polaritas);
	return percent_hundred();
}

/*
 * The one rule for a share as the report prints it (penyerapan, and every
 * count of the text through persentase): part * 100 / whole rounded half
 * away from zero to 2 decimals; NULL when whole is 0, a share of nothing.
 * Amounts of money (penyerapan) must also be zero or more.
 */
static Datum
percent_of(FunctionCallInfo fcinfo, int part_arg, const char *part_name,
		   int whole_arg, const char *whole_name,
		   void (*check) (const NumericFixed *x, const char *name))
{
	NumericFixed p,
				w;
	/* the whole is judged first, as penyerapan's first argument */
	struct varlena *whole = figure_arg(fcinfo, whole_arg, whole_name, check, &w);
	struct varlena *part = figure_arg(fcinfo, part_arg, part_name, check, &p);

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
	return percent_of(fcinfo, 0, "pembilang", 1, "penyebut", check_finite);
}

/* penyerapan: realisasi anggaran against anggaran, a percentage to 2 decimals */
PG_FUNCTION_INFO_V1(penyerapan);
Datum
penyerapan(PG_FUNCTION_ARGS)
{
	return percent_of(fcinfo, 1, "realisasi", 0, "anggaran", check_amount);
}

typedef enum Metode
{
	METODE_SELISIH,
	METODE_RASIO,
	METODE_TINGKAT
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
	if (len == strlen("tingkat") && memcmp(s, "tingkat", len) == 0)
		return METODE_TINGKAT;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown efisiensi metode \"%s\"", text_to_cstring(metode)),
			 errhint("The accepted methods are 'selisih' (capaian minus penyerapan, "
					 "in percentage points), 'rasio' (capaian divided by penyerapan) and "
					 "'tingkat' (that ratio minus 1, as a percentage).")));
	pg_unreachable();
}

/* efisiensi: capaian against penyerapan, as a difference, a ratio or its excess */
PG_FUNCTION_INFO_V1(efisiensi);
Datum
efisiensi(PG_FUNCTION_ARGS)
{
	Metode		metode = metode_arg(PG_GETARG_TEXT_PP(2));
	NumericFixed c,
				p,
				d,
				q;
	struct varlena *capaian_arg = figure_arg(fcinfo, 0, "capaian", check_finite, &c);
	struct varlena *penyerapan_arg = figure_arg(fcinfo, 1, "penyerapan", check_amount, &p);
	Datum		diff;

	if (metode == METODE_RASIO || metode == METODE_TINGKAT)
	{
		Numeric		ie;

		/* no absorption: the ratio is not measurable */
		if (p.sign == 0)
			PG_RETURN_NULL();
		ie = numeric_fixed_div_round_numeric(capaian_arg, &c, penyerapan_arg, &p,
											 0, RASIO_SCALE);
		if (metode == METODE_RASIO)
			PG_RETURN_NUMERIC(ie);

		/*
		 * TE from the IE as printed (3 decimals), so that a reader gets the
		 * printed TE from the printed IE: (1,063 - 1) x 100 = 6,30.  Exact:
		 * one decimal at most, shown with the percentages' two.
		 */
		diff = DirectFunctionCall2(numeric_sub, NumericGetDatum(ie),
								   DirectFunctionCall1(int4_numeric, Int32GetDatum(1)));
		diff = DirectFunctionCall2(numeric_mul, diff,
								   DirectFunctionCall1(int4_numeric, Int32GetDatum(100)));
		PG_RETURN_DATUM(DirectFunctionCall2(numeric_round, diff,
											Int32GetDatum(PERCENT_SCALE)));
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

/* terhingga: the figure itself, or 22023 when it is NaN or an infinity */
PG_FUNCTION_INFO_V1(terhingga);
Datum
terhingga(PG_FUNCTION_ARGS)
{
	struct varlena *nilai = NUMERIC_FIXED_GETARG(0);
	text	   *nama = PG_GETARG_TEXT_PP(1);

	numeric_fixed_require_finite_numeric(nilai, text_to_cstring(nama));
	PG_RETURN_DATUM(PG_GETARG_DATUM(0));
}
